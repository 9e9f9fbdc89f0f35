package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.id.ClientOrderId;
import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.port.OrderState;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Usdt;
import io.anchorkeeper.okx.client.rest.model.Order;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Maps OKX orders ({@code GET trade/order} and {@code orders} pushes share the fields) to core
 * reports. OKX signs fees negative for a charge; the report's fee is positive for a cost. The
 * realised PnL is the order's cumulative {@code pnl} (closing PnL, fees excluded).
 */
final class OrderReports {

  private OrderReports() {}

  /**
   * OKX's order state; an unknown state counts as still working, so the core keeps asking rather
   * than taking an order for finished.
   */
  static OrderState state(String okxState) {
    return switch (okxState) {
      case "filled" -> OrderState.FILLED;
      case "canceled", "mmp_canceled" -> OrderState.CANCELED;
      case "partially_filled" -> OrderState.PARTIALLY_FILLED;
      default -> OrderState.LIVE;
    };
  }

  /**
   * The report of {@code order} as OKX states it now.
   *
   * @param requested the size sent, used when OKX's answer lacks {@code sz}
   */
  static OrderReport report(ClientOrderId id, Order order, Contracts requested, int fillCount) {
    Contracts filled = Contracts.of(order.accFillSz().orElse(BigDecimal.ZERO));
    Optional<Price> average =
        filled.isPositive()
            ? order.avgPx().or(order::fillPx).filter(px -> px.signum() > 0).map(Price::of)
            : Optional.empty();
    return new OrderReport(
        id,
        order.ordId(),
        state(order.state()),
        order.sz().map(Contracts::of).orElse(requested),
        filled,
        average,
        fillCount,
        Usdt.of(order.fee().orElse(BigDecimal.ZERO).negate()),
        Usdt.of(order.pnl().orElse(BigDecimal.ZERO)));
  }
}
