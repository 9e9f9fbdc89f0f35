package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A position, as in REST {@code account/positions} and the WebSocket {@code positions} channel
 * ({@code pTime} only there). {@code pos} counts contracts; {@code availPos} is not defined for
 * SWAP, so do not rely on it. Fees and {@code realizedPnl} are negative when charged.
 */
public record Position(
    String instType,
    String instId,
    String mgnMode,
    String posId,
    String posSide,
    Optional<BigDecimal> pos,
    Optional<BigDecimal> availPos,
    Optional<BigDecimal> avgPx,
    Optional<BigDecimal> markPx,
    Optional<BigDecimal> last,
    Optional<BigDecimal> idxPx,
    Optional<BigDecimal> margin,
    Optional<BigDecimal> imr,
    Optional<BigDecimal> mmr,
    Optional<BigDecimal> mgnRatio,
    Optional<BigDecimal> upl,
    Optional<BigDecimal> uplRatio,
    Optional<BigDecimal> lever,
    Optional<BigDecimal> liqPx,
    Optional<BigDecimal> bePx,
    Optional<BigDecimal> notionalUsd,
    Optional<BigDecimal> realizedPnl,
    Optional<BigDecimal> pnl,
    Optional<BigDecimal> fee,
    Optional<BigDecimal> fundingFee,
    Optional<BigDecimal> liqPenalty,
    String ccy,
    String adl,
    String tradeId,
    Optional<Instant> cTime,
    Optional<Instant> uTime,
    Optional<Instant> pTime) {

  public static Position from(OkxFields f) {
    return new Position(
        f.text("instType"),
        f.text("instId"),
        f.text("mgnMode"),
        f.text("posId"),
        f.text("posSide"),
        f.decimal("pos"),
        f.decimal("availPos"),
        f.decimal("avgPx"),
        f.decimal("markPx"),
        f.decimal("last"),
        f.decimal("idxPx"),
        f.decimal("margin"),
        f.decimal("imr"),
        f.decimal("mmr"),
        f.decimal("mgnRatio"),
        f.decimal("upl"),
        f.decimal("uplRatio"),
        f.decimal("lever"),
        f.decimal("liqPx"),
        f.decimal("bePx"),
        f.decimal("notionalUsd"),
        f.decimal("realizedPnl"),
        f.decimal("pnl"),
        f.decimal("fee"),
        f.decimal("fundingFee"),
        f.decimal("liqPenalty"),
        f.text("ccy"),
        f.text("adl"),
        f.text("tradeId"),
        f.millis("cTime"),
        f.millis("uTime"),
        f.millis("pTime"));
  }
}
