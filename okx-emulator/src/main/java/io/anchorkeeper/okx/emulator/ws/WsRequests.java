package io.anchorkeeper.okx.emulator.ws;

import io.anchorkeeper.okx.emulator.auth.WsLoginVerifier;
import io.anchorkeeper.okx.emulator.engine.Account;
import io.anchorkeeper.okx.emulator.engine.Engine;
import io.anchorkeeper.okx.emulator.engine.OkxError;
import io.anchorkeeper.okx.emulator.json.Json;
import io.anchorkeeper.okx.emulator.json.Num;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Handles what clients send: text {@code ping} (answered {@code pong}), {@code login}, {@code
 * subscribe}/{@code unsubscribe} (one ack or error per arg, then the channel's initial push) and
 * order operations (handed to {@link WsOrderOps}). Anything else is 60012.
 */
public final class WsRequests {

  private final WsHub hub;
  private final Engine engine;
  private final WsLoginVerifier verifier;
  private final WsOrderOps orderOps;
  private final ChannelRules rules;

  public WsRequests(WsHub hub, Engine engine, WsLoginVerifier verifier, WsOrderOps orderOps) {
    this.hub = hub;
    this.engine = engine;
    this.verifier = verifier;
    this.orderOps = orderOps;
    this.rules = new ChannelRules(engine.catalogue());
  }

  void handle(WsConnection c, String text) {
    if ("ping".equals(text)) {
      hub.reply(c, "pong");
      return;
    }
    Optional<JsonNode> parsed = Json.parse(text);
    if (parsed.isEmpty() || !parsed.get().isObject()) {
      hub.reply(c, WsMessages.error(null, "60012", "Invalid request: " + text, c.connId()));
      return;
    }
    JsonNode msg = parsed.get();
    String id = Num.text(msg.get("id"));
    String op = String.valueOf(Num.text(msg.get("op")));
    JsonNode args = msg.get("args");
    switch (op) {
      case "login" -> login(c, id, args);
      case "subscribe", "unsubscribe" -> subscribe(c, id, op, args, text);
      case "order", "batch-orders", "cancel-order" ->
          orderOps.handle(c, id, op, args, Optional.ofNullable(Num.text(msg.get("expTime"))));
      default ->
          hub.reply(c, WsMessages.error(id, "60012", "Invalid request: " + text, c.connId()));
    }
  }

  private void login(WsConnection c, String id, JsonNode args) {
    if (args == null || !args.isArray() || args.isEmpty()) {
      hub.reply(c, WsMessages.error(id, "60013", "Invalid args", c.connId()));
      return;
    }
    if (args.size() > 1 || c.account().isPresent()) {
      hub.reply(
          c,
          WsMessages.error(
              id,
              "60031",
              "The WebSocket endpoint does not allow multiple or repeated logins.",
              c.connId()));
      return;
    }
    JsonNode arg = args.get(0);
    try {
      Account account =
          verifier.verify(
              Num.text(arg.get("apiKey")),
              Num.text(arg.get("passphrase")),
              Num.text(arg.get("timestamp")),
              Num.text(arg.get("sign")));
      if (!c.login(account)) {
        throw new OkxError(
            "60031", "The WebSocket endpoint does not allow multiple or repeated logins.");
      }
      hub.loggedIn(c, account);
      hub.reply(c, WsMessages.login(c.connId()));
    } catch (OkxError e) {
      hub.reply(c, WsMessages.error(id, e.code(), e.msg(), c.connId()));
    }
  }

  private void subscribe(WsConnection c, String id, String op, JsonNode args, String text) {
    if (args == null || !args.isArray() || args.isEmpty()) {
      hub.reply(c, WsMessages.error(id, "60012", "Invalid request: " + text, c.connId()));
      return;
    }
    for (JsonNode node : args) {
      Map<String, String> arg = arg(node);
      try {
        rules.check(c.kind(), arg, c.account().isPresent());
      } catch (OkxError e) {
        hub.reply(c, WsMessages.error(id, e.code(), e.msg(), c.connId()));
        continue;
      }
      if ("unsubscribe".equals(op)) {
        c.subscriptions().removeIf(s -> s.sameArg(arg));
        hub.reply(c, WsMessages.ack(id, "unsubscribe", arg, c.connId()));
        continue;
      }
      Subscription s =
          new Subscription(arg.get("channel"), arg, eventsOnly(node.get("extraParams")));
      if (c.subscriptions().stream().noneMatch(x -> x.sameArg(arg))) {
        c.subscriptions().add(s);
      }
      hub.reply(c, WsMessages.ack(id, "subscribe", arg, c.connId()));
      initialPush(c, s);
    }
  }

  private void initialPush(WsConnection c, Subscription s) {
    WsPushes pushes = hub.pushes();
    Optional<Account> account = c.account();
    switch (s.channel()) {
      case "mark-price" ->
          engine
              .prices()
              .quote(s.get("instId"))
              .ifPresent(q -> hub.push(c, pushes.markPrice(s, q)));
      case "tickers" -> hub.push(c, pushes.ticker(s, s.get("instId")));
      case "positions" ->
          pushes.positionsSnapshot(s, account.orElseThrow()).forEach(m -> hub.push(c, m));
      case "account" ->
          hub.push(
              c,
              pushes.account(s, account.orElseThrow(), engine.balance(account.get()), "snapshot"));
      case "balance_and_position" -> {
        Account a = account.orElseThrow();
        hub.push(
            c,
            pushes.balanceAndPosition(
                s, a, "snapshot", engine.balance(a), engine.positions(a), List.of()));
      }
      default -> {}
    }
  }

  /** The arg's string fields, in the order sent (extraParams is read separately). */
  private static Map<String, String> arg(JsonNode node) {
    Map<String, String> arg = new LinkedHashMap<>();
    if (node != null && node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String value = Num.text(e.getValue());
        if (value != null && !"extraParams".equals(e.getKey())) {
          arg.put(e.getKey(), value);
        }
      }
    }
    return arg;
  }

  /** {@code extraParams} (a JSON string or object) with {@code updateInterval} "0". */
  private static boolean eventsOnly(JsonNode extraParams) {
    if (extraParams == null || extraParams.isNull()) {
      return false;
    }
    JsonNode params =
        extraParams.isString() ? Json.parse(extraParams.asString()).orElse(null) : extraParams;
    return params != null && "0".equals(Num.text(params.get("updateInterval")));
  }
}
