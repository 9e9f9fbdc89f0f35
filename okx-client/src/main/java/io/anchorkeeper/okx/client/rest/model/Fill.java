package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A fill from {@code trade/fills} or {@code fills-history}. {@code fee} is negative when charged,
 * positive for a rebate; {@code execType} is T (taker) or M (maker), empty for liquidation/ADL;
 * {@code subType} 3/4 open long/short, 5/6 close long/short.
 */
public record Fill(
    String instType,
    String instId,
    String tradeId,
    String ordId,
    String clOrdId,
    String billId,
    String tag,
    String side,
    String posSide,
    Optional<BigDecimal> fillPx,
    Optional<BigDecimal> fillSz,
    Optional<BigDecimal> fillPnl,
    Optional<BigDecimal> fillMarkPx,
    String execType,
    Optional<BigDecimal> fee,
    String feeCcy,
    Optional<BigDecimal> feeRate,
    String subType,
    Optional<Instant> fillTime,
    Optional<Instant> ts) {

  public static Fill from(OkxFields f) {
    return new Fill(
        f.text("instType"),
        f.text("instId"),
        f.text("tradeId"),
        f.text("ordId"),
        f.text("clOrdId"),
        f.text("billId"),
        f.text("tag"),
        f.text("side"),
        f.text("posSide"),
        f.decimal("fillPx"),
        f.decimal("fillSz"),
        f.decimal("fillPnl"),
        f.decimal("fillMarkPx"),
        f.text("execType"),
        f.decimal("fee"),
        f.text("feeCcy"),
        f.decimal("feeRate"),
        f.text("subType"),
        f.millis("fillTime"),
        f.millis("ts"));
  }
}
