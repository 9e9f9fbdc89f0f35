package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.id.ClientOrderId;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.okx.client.rest.OkxRestClient;
import io.anchorkeeper.okx.client.rest.model.Fill;
import io.anchorkeeper.okx.client.rest.model.HistoryQuery;
import io.anchorkeeper.okx.client.rest.model.Order;
import io.anchorkeeper.okx.client.rest.model.OrderRef;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Asks OKX about one order over REST: {@code GET trade/order} by instrument and client order id
 * (OKX's 51603 "does not exist" is the only "never received"), and, when needed, its fills for the
 * fill count. OKX errors come out as okx-client exceptions; callers map them.
 *
 * <p>Fill count: 0 when nothing filled; 1 when the order's last fill ({@code fillSz}) is all of
 * {@code accFillSz}, which is the usual market order, at no extra call; otherwise the distinct
 * trade ids of {@code GET trade/fills?ordId=} (paged by 100). Fills older than OKX's three days are
 * gone; an order that filled but shows no fills then counts one.
 */
final class OrderLookup {

  private static final int PAGE = 100;

  private OrderLookup() {}

  static Optional<Order> order(OkxRestClient rest, InstrumentId instrument, ClientOrderId id) {
    return rest.trade().order(OrderRef.byClOrdId(instrument.value(), id.value()));
  }

  static OrderReport report(
      OkxRestClient rest, ClientOrderId id, Order order, Contracts requested) {
    return OrderReports.report(id, order, requested, fillCount(rest, order));
  }

  /** The size the order was sent with; its filled size when OKX's answer lacks {@code sz}. */
  static Contracts requested(Order order) {
    return Contracts.of(order.sz().or(order::accFillSz).orElse(BigDecimal.ZERO));
  }

  static int fillCount(OkxRestClient rest, Order order) {
    BigDecimal filled = order.accFillSz().orElse(BigDecimal.ZERO);
    if (filled.signum() == 0) {
      return 0;
    }
    if (!order.tradeId().isEmpty()
        && order.fillSz().map(last -> last.compareTo(filled) == 0).orElse(false)) {
      return 1;
    }
    Set<String> trades = new HashSet<>();
    HistoryQuery query =
        HistoryQuery.swaps().withInstId(order.instId()).withOrdId(order.ordId()).withLimit(PAGE);
    while (true) {
      List<Fill> page = rest.trade().fills(query);
      page.forEach(fill -> trades.add(fill.tradeId()));
      if (page.size() < PAGE) {
        break;
      }
      query = query.withAfter(page.get(page.size() - 1).billId());
    }
    return Math.max(1, trades.size());
  }
}
