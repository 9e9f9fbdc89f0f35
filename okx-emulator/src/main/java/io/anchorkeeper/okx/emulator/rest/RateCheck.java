package io.anchorkeeper.okx.emulator.rest;

import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import io.anchorkeeper.okx.emulator.engine.OkxError;
import io.anchorkeeper.okx.emulator.json.Num;
import io.anchorkeeper.okx.emulator.ratelimit.RateLimiter;
import io.anchorkeeper.okx.emulator.ratelimit.RateRule;
import io.anchorkeeper.okx.emulator.ratelimit.RateScope;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Applies OKX's per-endpoint limits (50011) and the sub-account cap of 1,000 new orders per 2 s
 * across instruments (50061). Keys combine the route with the rule's scope: source IP, uid, and
 * instId, instType or ccy where the scope names one. Limits can be switched off as a whole.
 */
public final class RateCheck {

  /** OKX's per-(sub-)account new-order cap. */
  public static final RateRule ORDER_CAP = RateRule.per2s(1000, RateScope.UID);

  private static final RateRule BATCH_PER_INSTRUMENT = RateRule.per2s(300, RateScope.UID_INST);

  private final RateLimiter limiter;
  private final EmulatorClock clock;
  private final boolean enabled;
  private final Route singleOrderRoute;

  public RateCheck(
      RateLimiter limiter, EmulatorClock clock, boolean enabled, Route singleOrderRoute) {
    this.limiter = limiter;
    this.clock = clock;
    this.enabled = enabled;
    this.singleOrderRoute = singleOrderRoute;
  }

  /** Counts the request; throws 50011 (or 50061) when it is over a limit. */
  public void check(Route route, ApiRequest request) {
    if (!enabled) {
      return;
    }
    long now = clock.millis();
    String uid = route.signed() ? request.account().uid() : "";
    if (route.orderCounting() == OrderCounting.BATCH && request.json().isArray()) {
      Map<String, Integer> perInstrument = countByInstrument(request.json());
      int orders = perInstrument.values().stream().mapToInt(Integer::intValue).sum();
      for (Map.Entry<String, Integer> e : perInstrument.entrySet()) {
        if (orders == 1) {
          acquire(
              key(singleOrderRoute, uid + '|' + e.getKey()), singleOrderRoute.rateRule(), 1, now);
        } else {
          acquire(key(route, uid + '|' + e.getKey()), BATCH_PER_INSTRUMENT, e.getValue(), now);
        }
      }
      orderCap(uid, orders, now);
      return;
    }
    acquire(
        key(route, scopeValue(route.rateRule().scope(), request, uid)), route.rateRule(), 1, now);
    if (route.orderCounting() == OrderCounting.SINGLE) {
      orderCap(uid, 1, now);
    }
  }

  /** Counts orders sent over WebSocket against the same limits as REST (shared, as OKX does). */
  public void checkOrders(Route route, String uid, Map<String, Integer> perInstrument) {
    if (!enabled) {
      return;
    }
    long now = clock.millis();
    int orders = 0;
    for (Map.Entry<String, Integer> e : perInstrument.entrySet()) {
      acquire(key(route, uid + '|' + e.getKey()), route.rateRule(), e.getValue(), now);
      orders += e.getValue();
    }
    if (route.orderCounting() != OrderCounting.NONE) {
      orderCap(uid, orders, now);
    }
  }

  public static Map<String, Integer> countByInstrument(JsonNode items) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    items.forEach(
        item -> counts.merge(String.valueOf(Num.text(item.get("instId"))), 1, Integer::sum));
    return counts;
  }

  private void orderCap(String uid, int orders, long now) {
    if (!limiter.tryAcquire("order-cap|" + uid, ORDER_CAP, orders, now)) {
      throw new OkxError("50061", "Sub-account rate limit exceeded");
    }
  }

  private void acquire(String key, RateRule rule, int weight, long now) {
    if (!limiter.tryAcquire(key, rule, weight, now)) {
      throw new OkxError("50011", "Too Many Requests");
    }
  }

  private static String key(Route route, String scope) {
    return route.method() + route.path() + '|' + scope;
  }

  private static String scopeValue(RateScope scope, ApiRequest r, String uid) {
    return switch (scope) {
      case IP -> r.clientIp();
      case IP_INST -> r.clientIp() + '|' + r.param("instId", "");
      case IP_INST_TYPE -> r.clientIp() + '|' + r.param("instType", "");
      case UID -> uid;
      case UID_INST -> uid + '|' + r.param("instId", "");
      case UID_CCY -> uid + '|' + r.param("ccy", "");
    };
  }
}
