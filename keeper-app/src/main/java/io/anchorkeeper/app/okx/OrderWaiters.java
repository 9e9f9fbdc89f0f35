package io.anchorkeeper.app.okx;

import io.anchorkeeper.okx.client.ws.push.OrderUpdate;
import io.anchorkeeper.okx.client.ws.push.OrdersPush;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The orders of one account that a caller is waiting on, by client order id. A waiter is registered
 * before its order is sent, so a push that overtakes the REST answer is not lost.
 */
final class OrderWaiters {

  private final Map<String, OrderWaiter> byClOrdId = new ConcurrentHashMap<>();

  /**
   * Starts listening for {@code clOrdId}'s pushes; close the waiter when done.
   *
   * @throws IllegalStateException when someone already waits on that id
   */
  OrderWaiter register(String clOrdId) {
    OrderWaiter waiter = new OrderWaiter(done -> byClOrdId.remove(clOrdId, done));
    if (byClOrdId.putIfAbsent(clOrdId, waiter) != null) {
      throw new IllegalStateException("order " + clOrdId + " is already being waited on");
    }
    return waiter;
  }

  /** Hands each update of an {@code orders} push to its waiter, if any. */
  void accept(OrdersPush push) {
    for (OrderUpdate update : push.data()) {
      OrderWaiter waiter = byClOrdId.get(update.order().clOrdId());
      if (waiter != null) {
        waiter.accept(update);
      }
    }
  }

  /** The connection dropped: pushes may be lost, so every waiter turns to REST now. */
  void streamLost() {
    byClOrdId.values().forEach(OrderWaiter::streamLost);
  }

  int waiting() {
    return byClOrdId.size();
  }
}
