package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * An order as {@code GET trade/order}, {@code orders-pending} and {@code orders-history} return it.
 * {@code state} is {@code live}, {@code partially_filled}, {@code filled}, {@code canceled} or
 * {@code mmp_canceled}; a market order may end {@code canceled} with {@code accFillSz < sz}. {@code
 * fee} is cumulative and negative when charged; {@code fillPx}/{@code fillSz} are the last fill's.
 */
public record Order(
    String instType,
    String instId,
    String ordId,
    String clOrdId,
    String tag,
    String ordType,
    String side,
    String posSide,
    String tdMode,
    String state,
    Optional<BigDecimal> px,
    Optional<BigDecimal> sz,
    Optional<BigDecimal> accFillSz,
    Optional<BigDecimal> avgPx,
    Optional<BigDecimal> fillPx,
    Optional<BigDecimal> fillSz,
    String tradeId,
    Optional<Instant> fillTime,
    Optional<BigDecimal> fee,
    String feeCcy,
    Optional<BigDecimal> pnl,
    Optional<BigDecimal> lever,
    Optional<Boolean> reduceOnly,
    String category,
    String cancelSource,
    Optional<Instant> cTime,
    Optional<Instant> uTime) {

  public static Order from(OkxFields f) {
    return new Order(
        f.text("instType"),
        f.text("instId"),
        f.text("ordId"),
        f.text("clOrdId"),
        f.text("tag"),
        f.text("ordType"),
        f.text("side"),
        f.text("posSide"),
        f.text("tdMode"),
        f.text("state"),
        f.decimal("px"),
        f.decimal("sz"),
        f.decimal("accFillSz"),
        f.decimal("avgPx"),
        f.decimal("fillPx"),
        f.decimal("fillSz"),
        f.text("tradeId"),
        f.millis("fillTime"),
        f.decimal("fee"),
        f.text("feeCcy"),
        f.decimal("pnl"),
        f.decimal("lever"),
        f.bool("reduceOnly"),
        f.text("category"),
        f.text("cancelSource"),
        f.millis("cTime"),
        f.millis("uTime"));
  }
}
