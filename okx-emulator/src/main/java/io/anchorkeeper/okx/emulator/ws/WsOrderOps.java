package io.anchorkeeper.okx.emulator.ws;

import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import io.anchorkeeper.okx.emulator.engine.Account;
import io.anchorkeeper.okx.emulator.engine.Engine;
import io.anchorkeeper.okx.emulator.engine.Errors;
import io.anchorkeeper.okx.emulator.engine.OkxError;
import io.anchorkeeper.okx.emulator.engine.OrderAck;
import io.anchorkeeper.okx.emulator.http.RequestLog;
import io.anchorkeeper.okx.emulator.json.Num;
import io.anchorkeeper.okx.emulator.rest.RateCheck;
import io.anchorkeeper.okx.emulator.rest.Route;
import io.anchorkeeper.okx.emulator.wire.AckJson;
import io.anchorkeeper.okx.emulator.wire.ExpTime;
import io.anchorkeeper.okx.emulator.wire.OrderParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Order operations over the private WebSocket ({@code order}, {@code batch-orders}, {@code
 * cancel-order}): same checks and per-item answers as REST, rate limits shared with the REST
 * routes, logged in the request log with method {@code WS}.
 */
public final class WsOrderOps {

  private final WsHub hub;
  private final Engine engine;
  private final EmulatorClock clock;
  private final RateCheck rateCheck;
  private final RequestLog log;
  private final Route orderRoute;
  private final Route batchRoute;
  private final Route cancelRoute;

  /** Rate-limit routes: REST place, batch and cancel, whose limits WebSocket orders share. */
  public record Routes(Route order, Route batch, Route cancel) {}

  public WsOrderOps(
      WsHub hub,
      Engine engine,
      EmulatorClock clock,
      RateCheck rateCheck,
      RequestLog log,
      Routes routes) {
    this.hub = hub;
    this.engine = engine;
    this.clock = clock;
    this.rateCheck = rateCheck;
    this.log = log;
    this.orderRoute = routes.order();
    this.batchRoute = routes.batch();
    this.cancelRoute = routes.cancel();
  }

  /**
   * Answers one operation; {@code expTime} is the message's deadline (epoch ms), which place
   * operations honour as REST does: arriving after it, every item is refused with 50036.
   */
  void handle(WsConnection c, String id, String op, JsonNode args, Optional<String> expTime) {
    long in = clock.micros();
    Optional<Account> account = c.account();
    long seq =
        log.received(
            in / 1000,
            in,
            System.nanoTime(),
            "WS",
            c.kind().path() + "#" + op,
            account.map(Account::name).orElse(""));
    Optional<OkxError> expired =
        "cancel-order".equals(op) ? Optional.empty() : ExpTime.refusal(expTime, clock.millis());
    Outcome outcome = answer(c, id, op, args, account, expired, in);
    log.completed(seq, 0, outcome.code());
    hub.reply(c, outcome.json());
  }

  /** The OKX code of an answer (for the request log) and its JSON. */
  private record Outcome(String code, String json) {}

  private Outcome result(String id, String op, String code, String msg, List<?> data, long in) {
    return new Outcome(code, WsMessages.opResult(id, op, code, msg, data, in, clock.micros()));
  }

  private Outcome answer(
      WsConnection c,
      String id,
      String op,
      JsonNode args,
      Optional<Account> account,
      Optional<OkxError> expired,
      long in) {
    if (account.isEmpty()) {
      return new Outcome("60011", WsMessages.error(id, "60011", "Please log in", c.connId()));
    }
    if (id == null
        || id.isEmpty()
        || args == null
        || !args.isArray()
        || args.isEmpty()
        || (!"batch-orders".equals(op) && args.size() > 1)) {
      return result(id, op, "60013", "Invalid args", List.of(), in);
    }
    try {
      Route route =
          "cancel-order".equals(op) ? cancelRoute : args.size() > 1 ? batchRoute : orderRoute;
      rateCheck.checkOrders(route, account.get().uid(), RateCheck.countByInstrument(args));
    } catch (OkxError e) {
      return result(id, op, e.code(), e.msg(), List.of(), in);
    }
    List<OrderAck> acks = new ArrayList<>();
    for (JsonNode item : args) {
      if (expired.isPresent()) {
        acks.add(
            OrderAck.rejected(
                item.path("clOrdId").asString(""),
                item.path("tag").asString(""),
                engine.now(),
                expired.get()));
      } else {
        acks.add(
            "cancel-order".equals(op) ? cancel(account.get(), item) : place(account.get(), item));
      }
    }
    String code = AckJson.code(acks);
    return result(id, op, code, AckJson.msg(code), acks.stream().map(AckJson::item).toList(), in);
  }

  private OrderAck place(Account account, JsonNode item) {
    try {
      return engine.placeOrder(account, OrderParser.parse(item));
    } catch (OkxError e) {
      return OrderAck.rejected(
          item.path("clOrdId").asString(""), item.path("tag").asString(""), engine.now(), e);
    }
  }

  private OrderAck cancel(Account account, JsonNode item) {
    String instId = Num.text(item.get("instId"));
    String ordId = Optional.ofNullable(Num.text(item.get("ordId"))).orElse("");
    String clOrdId = Optional.ofNullable(Num.text(item.get("clOrdId"))).orElse("");
    if (instId == null || (ordId.isEmpty() && clOrdId.isEmpty())) {
      return OrderAck.rejected(
          clOrdId, "", engine.now(), Errors.empty(instId == null ? "instId" : "ordId"));
    }
    return engine.cancelOrder(account, instId, ordId, clOrdId);
  }
}
