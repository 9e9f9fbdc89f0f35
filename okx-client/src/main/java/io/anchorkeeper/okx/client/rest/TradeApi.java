package io.anchorkeeper.okx.client.rest;

import io.anchorkeeper.okx.client.error.OkxException;
import io.anchorkeeper.okx.client.json.OkxFields;
import io.anchorkeeper.okx.client.rest.RestTransport.ItemFailures;
import io.anchorkeeper.okx.client.rest.model.ClosePositionResult;
import io.anchorkeeper.okx.client.rest.model.Fill;
import io.anchorkeeper.okx.client.rest.model.HistoryQuery;
import io.anchorkeeper.okx.client.rest.model.MgnMode;
import io.anchorkeeper.okx.client.rest.model.Order;
import io.anchorkeeper.okx.client.rest.model.OrderAck;
import io.anchorkeeper.okx.client.rest.model.OrderRef;
import io.anchorkeeper.okx.client.rest.model.OrderRequest;
import io.anchorkeeper.okx.client.rest.model.PosSide;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Orders of the client's key. Calls that change state throw {@link OkxException.OutcomeUnknown}
 * when OKX may or may not have acted: look the order up by {@code clOrdId} ({@link #order}) before
 * sending it again.
 */
public final class TradeApi {
  /** OKX's answer to a query for an order it does not know. */
  static final String ORDER_DOES_NOT_EXIST = "51603";

  private static final int MAX_BATCH = 20;

  private final RestTransport transport;

  TradeApi(RestTransport transport) {
    this.transport = transport;
  }

  /**
   * Places one order.
   *
   * @return the accepted order's ids; a refused order throws, e.g. {@link OkxException.Rejected}
   *     with 51008 for insufficient margin
   */
  public OrderAck placeOrder(OrderRequest order) {
    return transport.callOne(
        OkxEndpoints.PLACE_ORDER, RestPayload.body(order.toParams()), OrderAck::from);
  }

  /**
   * Places one order that OKX must not execute after {@code deadline} (the {@code expTime} header).
   * A request arriving later is refused with {@link OkxException.Rejected} 50036 or 50037 and
   * certainly not executed; so once the deadline has passed, an order OKX does not know ({@link
   * #order} empty) will never execute, and sending it again is safe.
   */
  public OrderAck placeOrder(OrderRequest order, Instant deadline) {
    return transport.callOne(
        OkxEndpoints.PLACE_ORDER,
        RestPayload.body(order.toParams()).withExpTime(deadline),
        OrderAck::from);
  }

  /**
   * Places up to 20 orders in one request. OKX answers per order, so this returns every item,
   * successful or not ({@link OrderAck#failure}); it throws only when the request as a whole failed
   * or its outcome is unknown.
   */
  public List<OrderAck> placeOrders(List<OrderRequest> orders) {
    return placeOrders(batchPayload(orders), orders.size());
  }

  /** {@link #placeOrders(List)} with OKX's {@code expTime} deadline for the whole batch. */
  public List<OrderAck> placeOrders(List<OrderRequest> orders, Instant deadline) {
    return placeOrders(batchPayload(orders).withExpTime(deadline), orders.size());
  }

  private List<OrderAck> placeOrders(RestPayload payload, int count) {
    Endpoint endpoint = count == 1 ? OkxEndpoints.BATCH_OF_ONE_ORDER : OkxEndpoints.BATCH_ORDERS;
    return transport.call(endpoint, payload, ItemFailures.RETURN, OrderAck::from);
  }

  private static RestPayload batchPayload(List<OrderRequest> orders) {
    if (orders.isEmpty() || orders.size() > MAX_BATCH) {
      throw new IllegalArgumentException("A batch holds 1 to 20 orders, not " + orders.size());
    }
    return RestPayload.batch(orders.stream().map(OrderRequest::toParams).toList());
  }

  /** Cancels an order; 51400 (already filled, cancelled or unknown) comes back as Rejected. */
  public OrderAck cancelOrder(OrderRef order) {
    return transport.callOne(
        OkxEndpoints.CANCEL_ORDER, RestPayload.body(order.toParams()), OrderAck::from);
  }

  /**
   * Closes a whole position at market.
   *
   * @param autoCxl cancel pending close orders first; otherwise OKX refuses while any exist
   */
  public ClosePositionResult closePosition(
      String instId,
      MgnMode mgnMode,
      Optional<PosSide> posSide,
      boolean autoCxl,
      Optional<String> clOrdId) {
    RequestParams params =
        RequestParams.create()
            .put("instId", instId)
            .put("mgnMode", mgnMode.wire())
            .putIfPresent("posSide", posSide.map(PosSide::wire))
            .put("autoCxl", autoCxl)
            .putIfPresent("clOrdId", clOrdId);
    return transport.callOne(
        OkxEndpoints.CLOSE_POSITION, RestPayload.body(params), ClosePositionResult::from);
  }

  /**
   * One order by id or client id; empty when OKX does not know it (51603). With a reused {@code
   * clOrdId} OKX returns the latest order.
   */
  public Optional<Order> order(OrderRef order) {
    try {
      return transport
          .call(
              OkxEndpoints.GET_ORDER,
              RestPayload.query(order.toParams()),
              ItemFailures.THROW,
              Order::from)
          .stream()
          .findFirst();
    } catch (OkxException.Rejected e) {
      if (ORDER_DOES_NOT_EXIST.equals(e.code().orElse(""))) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Live and partially filled orders. */
  public List<Order> ordersPending(HistoryQuery query) {
    return read(OkxEndpoints.ORDERS_PENDING, query, Order::from);
  }

  /** Finished orders of the last 7 days (cancelled unfilled ones only for 2 hours). */
  public List<Order> ordersHistory(HistoryQuery query) {
    return read(OkxEndpoints.ORDERS_HISTORY, query, Order::from);
  }

  /** Fills of the last 3 days, newest first. */
  public List<Fill> fills(HistoryQuery query) {
    return read(OkxEndpoints.FILLS, query, Fill::from);
  }

  /** Fills of the last 3 months. */
  public List<Fill> fillsHistory(HistoryQuery query) {
    return read(OkxEndpoints.FILLS_HISTORY, query, Fill::from);
  }

  private <T> List<T> read(Endpoint endpoint, HistoryQuery query, Function<OkxFields, T> mapper) {
    return transport.call(
        endpoint, RestPayload.query(query.toParams()), ItemFailures.THROW, mapper);
  }
}
