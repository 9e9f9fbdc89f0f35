package io.anchorkeeper.okx.emulator.rest;

import static io.anchorkeeper.okx.emulator.ratelimit.RateRule.per2s;

import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import io.anchorkeeper.okx.emulator.engine.Engine;
import io.anchorkeeper.okx.emulator.engine.Errors;
import io.anchorkeeper.okx.emulator.engine.OkxError;
import io.anchorkeeper.okx.emulator.engine.OrderAck;
import io.anchorkeeper.okx.emulator.engine.OrderRequest;
import io.anchorkeeper.okx.emulator.engine.PosSide;
import io.anchorkeeper.okx.emulator.json.JsonObj;
import io.anchorkeeper.okx.emulator.ratelimit.RateScope;
import io.anchorkeeper.okx.emulator.wire.ExpTime;
import io.anchorkeeper.okx.emulator.wire.OrderJson;
import io.anchorkeeper.okx.emulator.wire.OrderParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Order entry: {@code trade/order} (POST place, GET query), {@code batch-orders}, {@code
 * cancel-order} and {@code close-position}. A malformed single request (missing or bad parameter)
 * is rejected as a whole (50014/51000, HTTP 400); engine rejections come back per item with {@code
 * sCode}, top-level code "1" (all failed) or "2" (batch partly failed). A place or batch request
 * whose {@code expTime} header had passed on arrival is refused, every item with 50036, and never
 * executed ({@link ExpTime}). Listings live in {@link TradeQueryEndpoints}.
 */
final class TradeEndpoints {

  static final String ORDER = "/api/v5/trade/order";
  private static final String BASE = "/api/v5/trade/";
  private static final int MAX_BATCH = 20;

  private final Engine engine;
  private final EmulatorClock clock;

  TradeEndpoints(Engine engine, EmulatorClock clock) {
    this.engine = engine;
    this.clock = clock;
  }

  void register(Router router) {
    router.add(
        Route.post(ORDER, per2s(60, RateScope.UID_INST), this::place)
            .counting(OrderCounting.SINGLE));
    router.add(Route.get(ORDER, per2s(60, RateScope.UID_INST), this::query));
    router.add(
        Route.post(BASE + "batch-orders", per2s(300, RateScope.UID_INST), this::batch)
            .counting(OrderCounting.BATCH));
    router.add(Route.post(BASE + "cancel-order", per2s(60, RateScope.UID_INST), this::cancel));
    router.add(Route.post(BASE + "close-position", per2s(20, RateScope.UID_INST), this::close));
  }

  private ApiResponse place(ApiRequest r) {
    long in = clock.micros();
    Optional<OkxError> expired = expired(r);
    if (expired.isPresent()) {
      OrderAck refused =
          OrderAck.rejected(
              r.param("clOrdId", ""), r.param("tag", ""), engine.now(), expired.get());
      return ApiResponse.orderAcks(List.of(refused), in, clock.micros());
    }
    OrderRequest request = OrderParser.parse(r.json());
    OrderAck ack = engine.placeOrder(r.account(), request);
    return ApiResponse.orderAcks(List.of(ack), in, clock.micros());
  }

  /** The refusal of a request whose {@code expTime} header had passed when it arrived. */
  private Optional<OkxError> expired(ApiRequest r) {
    return ExpTime.refusal(r.header("expTime"), clock.millis());
  }

  /** Each item is parsed and placed on its own; a clOrdId repeated within the batch gets 51016. */
  private ApiResponse batch(ApiRequest r) {
    long in = clock.micros();
    JsonNode items = r.json();
    if (!items.isArray() || items.isEmpty() || items.size() > MAX_BATCH) {
      throw Errors.param("batch-orders");
    }
    Optional<OkxError> expired = expired(r);
    Set<String> clOrdIds = new HashSet<>();
    List<OrderAck> acks = new ArrayList<>();
    for (JsonNode item : items) {
      String clOrdId = item.path("clOrdId").asString("");
      String tag = item.path("tag").asString("");
      if (expired.isPresent()) {
        acks.add(OrderAck.rejected(clOrdId, tag, engine.now(), expired.get()));
        continue;
      }
      try {
        OrderRequest request = OrderParser.parse(item);
        if (!request.clOrdId().isEmpty() && !clOrdIds.add(request.clOrdId())) {
          throw Errors.duplicateClOrdId();
        }
        acks.add(engine.placeOrder(r.account(), request));
      } catch (OkxError e) {
        acks.add(OrderAck.rejected(clOrdId, tag, engine.now(), e));
      }
    }
    return ApiResponse.orderAcks(acks, in, clock.micros());
  }

  private ApiResponse cancel(ApiRequest r) {
    long in = clock.micros();
    String instId = r.required("instId");
    String ordId = r.param("ordId", "");
    String clOrdId = r.param("clOrdId", "");
    if (ordId.isEmpty() && clOrdId.isEmpty()) {
      throw new OkxError("50015", "Either parameter ordId or clOrdId is required");
    }
    OrderAck ack = engine.cancelOrder(r.account(), instId, ordId, clOrdId);
    return ApiResponse.orderAcks(List.of(ack), in, clock.micros());
  }

  private ApiResponse close(ApiRequest r) {
    long in = clock.micros();
    String instId = r.required("instId");
    String mgnMode = r.required("mgnMode");
    if (!"isolated".equals(mgnMode)) {
      throw "cross".equals(mgnMode) ? Errors.unsupportedMode() : Errors.param("mgnMode");
    }
    PosSide posSide = AccountEndpoints.posSide(r);
    String clOrdId = OrderParser.clOrdId(r.param("clOrdId", ""));
    String tag = r.param("tag", "");
    OrderAck ack =
        engine.closePosition(
            r.account(), instId, posSide, "true".equals(r.param("autoCxl", "false")), clOrdId, tag);
    if (!ack.ok()) {
      throw new OkxError(ack.sCode(), ack.sMsg());
    }
    return ApiResponse.withTimes(
        "0",
        "",
        List.of(
            JsonObj.create()
                .str("clOrdId", clOrdId)
                .str("instId", instId)
                .str("posSide", posSide.wire())
                .str("tag", tag)
                .map()),
        in,
        clock.micros());
  }

  /** One order by ordId (wins) or clOrdId; 51603 when there is none. */
  private ApiResponse query(ApiRequest r) {
    String instId = r.required("instId");
    String ordId = r.param("ordId", "");
    String clOrdId = r.param("clOrdId", "");
    if (ordId.isEmpty() && clOrdId.isEmpty()) {
      throw new OkxError("50015", "Either parameter ordId or clOrdId is required");
    }
    engine.catalogue().find(instId).orElseThrow(Errors::instrumentMissing);
    return engine
        .order(r.account(), instId, ordId, clOrdId)
        .map(o -> ApiResponse.ok(List.of(OrderJson.rest(o))))
        .orElseThrow(Errors::orderMissing);
  }
}
