package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.port.MarketOrder;
import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.okx.client.error.OkxException;
import io.anchorkeeper.okx.client.rest.model.MgnMode;
import io.anchorkeeper.okx.client.rest.model.Order;
import io.anchorkeeper.okx.client.rest.model.OrderRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends one market order and waits until it is final, without polling delays.
 *
 * <ol>
 *   <li>The size is checked against the instrument ({@link OrderSizeRules}); a bad size is refused
 *       unsent.
 *   <li>A waiter for the client order id is registered on the account's session, whose private
 *       connection is subscribed to {@code orders}, before anything is sent.
 *   <li>The order goes out with {@code expTime} = OKX time + the order expiry: arriving later, OKX
 *       drops it, so the core may send the id again once the expiry (plus grace) has passed and OKX
 *       does not know it.
 *   <li>The push that makes the order final completes the waiter. Only when none comes within the
 *       push wait, or the connection is down, is the order read with {@code GET trade/order}; that
 *       repeats (a push wait, a read) until the order is final or the final wait is over, when the
 *       working state is returned.
 * </ol>
 *
 * Once OKX has accepted the order, every failure to read its end is an unknown outcome.
 */
final class OrderPlacement {

  private final OkxConnections connections;

  OrderPlacement(OkxConnections connections) {
    this.connections = connections;
  }

  OrderReport place(MarketOrder order) {
    SlotId slot = order.slot();
    InstrumentSpec spec = connections.instruments().spec(slot.instrument());
    Optional<ExchangeException.Rejected> badSize = OrderSizeRules.refusal(spec, order);
    if (badSize.isPresent()) {
      throw badSize.get();
    }
    OkxAccountSession session = connections.session(slot.account());
    session.openStream();
    if (!session.streamReady()) {
      session.awaitStreamReady(connections.settings().pushWait());
    }
    String doing = "placing " + order;
    try (OrderWaiter waiter = session.orders().register(order.clientOrderId().value())) {
      Instant deadline = connections.serverNow().plus(connections.settings().orderExpiry());
      try {
        session.rest().trade().placeOrder(request(order), deadline);
      } catch (OkxException e) {
        throw ExchangeErrors.map(doing, e);
      }
      try {
        return awaitFinal(session, waiter, order);
      } catch (OkxException e) {
        throw ExchangeErrors.afterAcceptance(doing, e);
      }
    }
  }

  private OrderReport awaitFinal(OkxAccountSession session, OrderWaiter waiter, MarketOrder order) {
    OkxAdapterSettings settings = connections.settings();
    long giveUpAt = System.nanoTime() + settings.finalWait().toNanos();
    boolean firstRead = true;
    while (true) {
      if (session.streamReady()) {
        Optional<Order> pushed = waiter.awaitFinal(settings.pushWait());
        if (pushed.isPresent()) {
          int fills =
              waiter
                  .fillCount(pushed.get())
                  .orElseGet(() -> OrderLookup.fillCount(session.rest(), pushed.get()));
          return OrderReports.report(order.clientOrderId(), pushed.get(), order.size(), fills);
        }
      } else if (!firstRead && session.awaitStreamReady(settings.pushWait())) {
        continue;
      }
      firstRead = false;
      Optional<Order> read =
          OrderLookup.order(session.rest(), order.slot().instrument(), order.clientOrderId());
      if (read.isEmpty()) {
        throw new ExchangeException.OutcomeUnknown(
            "OKX accepted " + order + " but does not find it", null);
      }
      OrderReport report =
          OrderLookup.report(session.rest(), order.clientOrderId(), read.get(), order.size());
      if (report.state().isFinal() || System.nanoTime() - giveUpAt >= 0) {
        return report;
      }
    }
  }

  /** The OKX request: isolated, hedge-mode side, plain size, the core's client order id. */
  static OrderRequest request(MarketOrder order) {
    PositionSide side = order.slot().side();
    return OrderRequest.market(
        order.slot().instrument().value(),
        MgnMode.ISOLATED,
        HedgeSides.orderSide(order.direction(), side),
        HedgeSides.posSide(side),
        order.size().value(),
        order.clientOrderId().value());
  }
}
