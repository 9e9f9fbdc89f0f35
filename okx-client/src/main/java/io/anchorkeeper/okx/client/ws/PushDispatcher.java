package io.anchorkeeper.okx.client.ws;

import io.anchorkeeper.okx.client.json.OkxFields;
import io.anchorkeeper.okx.client.rest.model.Balance;
import io.anchorkeeper.okx.client.rest.model.MarkPrice;
import io.anchorkeeper.okx.client.rest.model.Position;
import io.anchorkeeper.okx.client.rest.model.Ticker;
import io.anchorkeeper.okx.client.ws.push.AccountPush;
import io.anchorkeeper.okx.client.ws.push.BalanceAndPosition;
import io.anchorkeeper.okx.client.ws.push.BalanceAndPositionPush;
import io.anchorkeeper.okx.client.ws.push.MarkPricePush;
import io.anchorkeeper.okx.client.ws.push.OrderUpdate;
import io.anchorkeeper.okx.client.ws.push.OrdersPush;
import io.anchorkeeper.okx.client.ws.push.PositionsPush;
import io.anchorkeeper.okx.client.ws.push.TickersPush;
import io.anchorkeeper.okx.client.ws.push.WsArg;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** Turns a data push {@code {"arg":{...},"data":[...]}} into its typed record. */
final class PushDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(PushDispatcher.class);

  private PushDispatcher() {}

  static void dispatch(JsonNode push, OkxWsListener listener) {
    OkxFields f = OkxFields.of(push);
    WsArg arg = WsArg.from(push.get("arg"));
    switch (arg.channel()) {
      case "mark-price" ->
          listener.onMarkPrice(new MarkPricePush(arg, f.list("data", MarkPrice::from)));
      case "tickers" -> listener.onTickers(new TickersPush(arg, f.list("data", Ticker::from)));
      case "positions" ->
          listener.onPositions(
              new PositionsPush(
                  arg,
                  f.text("eventType"),
                  f.integer("curPage"),
                  f.bool("lastPage"),
                  f.list("data", Position::from)));
      case "orders" -> listener.onOrders(new OrdersPush(arg, f.list("data", OrderUpdate::from)));
      case "balance_and_position" ->
          listener.onBalanceAndPosition(
              new BalanceAndPositionPush(arg, f.list("data", BalanceAndPosition::from)));
      case "account" ->
          listener.onAccount(
              new AccountPush(
                  arg,
                  f.text("eventType"),
                  f.integer("curPage"),
                  f.bool("lastPage"),
                  f.list("data", Balance::from)));
      default -> LOG.debug("Ignoring a push of unhandled channel {}", arg.channel());
    }
  }
}
