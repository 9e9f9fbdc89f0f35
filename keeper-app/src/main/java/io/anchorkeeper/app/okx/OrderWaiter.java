package io.anchorkeeper.app.okx;

import io.anchorkeeper.okx.client.rest.model.Order;
import io.anchorkeeper.okx.client.ws.push.OrderUpdate;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Collects one order's {@code orders} pushes: the cumulative figures of the latest push ({@code
 * state}, {@code accFillSz}, {@code avgPx}, {@code fee}, {@code pnl}) and each fill by trade id, so
 * the number of fills is known without asking OKX when every fill was seen.
 */
final class OrderWaiter implements AutoCloseable {

  private final Consumer<OrderWaiter> onClose;
  private final Map<String, BigDecimal> fillSizeByTrade = new LinkedHashMap<>();
  private Order latest;
  private boolean streamLost;

  OrderWaiter(Consumer<OrderWaiter> onClose) {
    this.onClose = onClose;
  }

  synchronized void accept(OrderUpdate update) {
    Order order = update.order();
    BigDecimal fillSz = order.fillSz().orElse(BigDecimal.ZERO);
    if (fillSz.signum() > 0 && !order.tradeId().isEmpty()) {
      fillSizeByTrade.put(order.tradeId(), fillSz);
    }
    latest = order;
    if (isFinal(order)) {
      notifyAll();
    }
  }

  synchronized void streamLost() {
    streamLost = true;
    notifyAll();
  }

  /**
   * Waits up to {@code max} for a push that makes the order final; empty when none came, or at once
   * when the connection dropped since the last wait (pushes may then be lost).
   */
  synchronized Optional<Order> awaitFinal(Duration max) {
    long deadline = System.nanoTime() + max.toNanos();
    try {
      while ((latest == null || !isFinal(latest)) && !streamLost) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        wait(Math.max(1, left / 1_000_000));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    streamLost = false;
    return latest != null && isFinal(latest) ? Optional.of(latest) : Optional.empty();
  }

  /**
   * The number of fills, when the pushes seen account for all of {@code order}'s filled size; empty
   * when a fill push was missed.
   */
  synchronized Optional<Integer> fillCount(Order order) {
    BigDecimal seen = fillSizeByTrade.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return seen.compareTo(order.accFillSz().orElse(BigDecimal.ZERO)) == 0
        ? Optional.of(fillSizeByTrade.size())
        : Optional.empty();
  }

  @Override
  public void close() {
    onClose.accept(this);
  }

  private static boolean isFinal(Order order) {
    return OrderReports.state(order.state()).isFinal();
  }
}
