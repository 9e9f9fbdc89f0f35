package io.anchorkeeper.okx.emulator.rest;

import static io.anchorkeeper.okx.emulator.ratelimit.RateRule.per2s;

import io.anchorkeeper.okx.emulator.engine.Engine;
import io.anchorkeeper.okx.emulator.engine.Fill;
import io.anchorkeeper.okx.emulator.engine.OrderSnapshot;
import io.anchorkeeper.okx.emulator.ratelimit.RateScope;
import io.anchorkeeper.okx.emulator.wire.FillJson;
import io.anchorkeeper.okx.emulator.wire.OrderJson;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Order and fill listings: {@code orders-pending}, {@code orders-history} (and {@code -archive}),
 * {@code fills}, {@code fills-history}. Newest first; {@code after}/{@code before} page by ordId
 * (orders) or billId (fills), {@code begin}/{@code end} filter by time, {@code limit} at most 100.
 * Non-SWAP instTypes answer an empty list.
 */
final class TradeQueryEndpoints {

  private static final String BASE = "/api/v5/trade/";

  private final Engine engine;

  TradeQueryEndpoints(Engine engine) {
    this.engine = engine;
  }

  void register(Router router) {
    router.add(Route.get(BASE + "orders-pending", per2s(60, RateScope.UID), this::pending));
    router.add(Route.get(BASE + "orders-history", per2s(40, RateScope.UID), r -> history(r)));
    router.add(
        Route.get(BASE + "orders-history-archive", per2s(20, RateScope.UID), r -> history(r)));
    router.add(Route.get(BASE + "fills", per2s(60, RateScope.UID), r -> fills(r, false)));
    router.add(Route.get(BASE + "fills-history", per2s(10, RateScope.UID), r -> fills(r, true)));
  }

  private ApiResponse pending(ApiRequest r) {
    return orders(r, engine.pendingOrders(r.account()), false);
  }

  private ApiResponse history(ApiRequest r) {
    return orders(r, engine.finishedOrders(r.account()), true);
  }

  private ApiResponse orders(ApiRequest r, List<OrderSnapshot> orders, boolean instTypeRequired) {
    if (!swapRequested(r, instTypeRequired)) {
      return ApiResponse.ok(List.of());
    }
    Optional<String> instId = r.param("instId");
    Optional<String> ordType = r.param("ordType");
    Optional<String> state = r.param("state");
    Predicate<OrderSnapshot> filter =
        o ->
            instId.map(o.instId()::equals).orElse(true)
                && ordType.map(o.ordType().wire()::equals).orElse(true)
                && state.map(o.state().wire()::equals).orElse(true);
    return ApiResponse.ok(
        page(r, orders.stream().filter(filter), OrderSnapshot::ordId, OrderSnapshot::uTime)
            .map(OrderJson::rest)
            .toList());
  }

  private ApiResponse fills(ApiRequest r, boolean instTypeRequired) {
    if (!swapRequested(r, instTypeRequired)) {
      return ApiResponse.ok(List.of());
    }
    Optional<String> instId = r.param("instId");
    Optional<String> ordId = r.param("ordId");
    Predicate<Fill> filter =
        f ->
            instId.map(f.instId()::equals).orElse(true)
                && ordId.map(f.ordId()::equals).orElse(true);
    return ApiResponse.ok(
        page(r, engine.fills(r.account()).stream().filter(filter), Fill::billId, Fill::ts)
            .map(FillJson::fill)
            .toList());
  }

  /** Applies after/before (ids), begin/end (ms) and limit to a newest-first stream. */
  private static <T> Stream<T> page(
      ApiRequest r, Stream<T> items, Function<T, String> id, Function<T, Long> time) {
    Optional<Long> after = r.millis("after");
    Optional<Long> before = r.millis("before");
    Optional<Long> begin = r.millis("begin");
    Optional<Long> end = r.millis("end");
    return items
        .filter(t -> after.map(a -> Long.parseLong(id.apply(t)) < a).orElse(true))
        .filter(t -> before.map(b -> Long.parseLong(id.apply(t)) > b).orElse(true))
        .filter(t -> begin.map(b -> time.apply(t) >= b).orElse(true))
        .filter(t -> end.map(e -> time.apply(t) <= e).orElse(true))
        .limit(r.limit(100, 100));
  }

  private static boolean swapRequested(ApiRequest r, boolean required) {
    Optional<String> instType =
        required ? Optional.of(r.required("instType")) : r.param("instType");
    return instType.map("SWAP"::equals).orElse(true);
  }
}
