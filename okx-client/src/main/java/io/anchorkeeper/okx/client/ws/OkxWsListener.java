package io.anchorkeeper.okx.client.ws;

import io.anchorkeeper.okx.client.ws.push.AccountPush;
import io.anchorkeeper.okx.client.ws.push.BalanceAndPositionPush;
import io.anchorkeeper.okx.client.ws.push.MarkPricePush;
import io.anchorkeeper.okx.client.ws.push.OrdersPush;
import io.anchorkeeper.okx.client.ws.push.PositionsPush;
import io.anchorkeeper.okx.client.ws.push.TickersPush;
import io.anchorkeeper.okx.client.ws.push.WsEvent;

/**
 * Receives what a connection delivers; implement only what you need. Pushes arrive in order on the
 * socket's thread, so keep them short. {@link #onResync()} and {@link #onDisconnected} run on a
 * separate executor and may block (for example on REST calls).
 */
public interface OkxWsListener {
  default void onMarkPrice(MarkPricePush push) {}

  default void onTickers(TickersPush push) {}

  default void onPositions(PositionsPush push) {}

  default void onOrders(OrdersPush push) {}

  default void onBalanceAndPosition(BalanceAndPositionPush push) {}

  default void onAccount(AccountPush push) {}

  /**
   * Called after every connect (and login, on private connections) once every subscription was
   * acknowledged. Pushes may have been missed while disconnected, and {@code orders} sends no
   * snapshot: re-read positions, pending orders and fills over REST now.
   */
  default void onResync() {}

  /** Errors (subscribe refused, login failed), notices (64008) and other events. */
  default void onEvent(WsEvent event) {}

  /** The connection was lost or dropped; a reconnect is already scheduled unless closed. */
  default void onDisconnected(String reason) {}
}
