package io.anchorkeeper.okx.client.ws.push;

import io.anchorkeeper.okx.client.json.OkxFields;
import io.anchorkeeper.okx.client.rest.model.Order;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One item of an {@code orders} push: the order's cumulative state ({@code accFillSz}, {@code
 * avgPx}, {@code fee}, {@code state}) plus the fill that caused the push, if any ({@code
 * order.fillSz}, {@code order.fillPx}, {@code order.tradeId}, {@code fillFee} negative when
 * charged, {@code execType} T/M).
 */
public record OrderUpdate(
    Order order,
    Optional<BigDecimal> fillFee,
    String fillFeeCcy,
    String execType,
    Optional<BigDecimal> fillPnl,
    Optional<BigDecimal> fillMarkPx,
    String code,
    String msg,
    String amendResult,
    String reqId) {

  public static OrderUpdate from(OkxFields f) {
    return new OrderUpdate(
        Order.from(f),
        f.decimal("fillFee"),
        f.text("fillFeeCcy"),
        f.text("execType"),
        f.decimal("fillPnl"),
        f.decimal("fillMarkPx"),
        f.text("code"),
        f.text("msg"),
        f.text("amendResult"),
        f.text("reqId"));
  }
}
