package io.anchorkeeper.app.okx;

import io.anchorkeeper.okx.client.OkxClientFactory;
import io.anchorkeeper.okx.client.rest.OkxRestClient;
import io.anchorkeeper.okx.client.ws.OkxWebSocket;
import io.anchorkeeper.okx.client.ws.OkxWsListener;
import io.anchorkeeper.okx.client.ws.push.OrdersPush;
import io.anchorkeeper.okx.client.ws.push.PositionsPush;
import io.anchorkeeper.okx.client.ws.push.WsArg;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything the keeper holds for one account: its REST client, its one private WebSocket (OKX
 * allows one login per connection, and okx-client one connection per key), subscribed to {@code
 * positions} and {@code orders}, and the order waiters that the {@code orders} pushes complete. The
 * exchange adapter and the feed share the session; the feed only listens to it. Opened lazily by
 * whichever needs the connection first, closed by {@link OkxConnections#close()}.
 */
final class OkxAccountSession implements AutoCloseable {

  private final OkxAccount account;
  private final OkxClientFactory factory;
  private final OkxRestClient rest;
  private final OrderWaiters orders = new OrderWaiters();
  private volatile AccountStreamListener listener = AccountStreamListener.NONE;
  private OkxWebSocket socket;
  private boolean ready;
  private boolean closed;

  OkxAccountSession(OkxAccount account, OkxClientFactory factory) {
    this.account = account;
    this.factory = factory;
    this.rest = factory.rest(account.credentials());
  }

  OkxRestClient rest() {
    return rest;
  }

  OrderWaiters orders() {
    return orders;
  }

  /** Starts the private connection unless it runs already; returns at once. */
  synchronized void openStream() {
    if (closed) {
      throw new IllegalStateException("the session of " + account.name() + " is closed");
    }
    if (socket == null) {
      socket = factory.privateWebSocket(account.credentials(), new Pushes());
      socket.subscribe(List.of(WsArg.positionEvents("SWAP"), WsArg.orders("SWAP")));
      socket.start();
    }
  }

  /** Logged in and subscribed, so an order's pushes will arrive. */
  synchronized boolean streamReady() {
    return ready;
  }

  /** Whether the private connection was started (it may be reconnecting); for health only. */
  synchronized boolean streamOpened() {
    return socket != null;
  }

  /** Waits up to {@code max} for the connection to be ready; true when it is. */
  synchronized boolean awaitStreamReady(Duration max) {
    long deadline = System.nanoTime() + max.toNanos();
    try {
      while (!ready && !closed) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        wait(Math.max(1, left / 1_000_000));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ready;
  }

  /** The feed's listener for this account's pushes; one at a time. */
  void listen(AccountStreamListener value) {
    this.listener = Objects.requireNonNull(value);
  }

  void stopListening() {
    this.listener = AccountStreamListener.NONE;
  }

  @Override
  public void close() {
    OkxWebSocket closing;
    synchronized (this) {
      closed = true;
      ready = false;
      closing = socket;
      socket = null;
      notifyAll();
    }
    orders.streamLost();
    if (closing != null) {
      closing.close();
    }
  }

  private synchronized void ready(boolean value) {
    ready = value && !closed;
    notifyAll();
  }

  /** Routes the connection's pushes: orders to the waiters, the rest to the feed. */
  private final class Pushes implements OkxWsListener {
    @Override
    public void onOrders(OrdersPush push) {
      orders.accept(push);
    }

    @Override
    public void onPositions(PositionsPush push) {
      listener.onPositions(push);
    }

    @Override
    public void onResync() {
      ready(true);
      listener.onResync();
    }

    @Override
    public void onDisconnected(String reason) {
      ready(false);
      orders.streamLost();
      listener.onDisconnected(reason);
    }
  }
}
