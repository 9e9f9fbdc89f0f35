package io.anchorkeeper.okx.emulator.engine;

import io.anchorkeeper.okx.emulator.instrument.Instrument;
import java.math.BigDecimal;

/**
 * A position as it stood at one moment, with the figures OKX derives from the mark price. A closed
 * position has {@code size} 0 (pushed once so that subscribers see it go). {@code mmr} is the
 * maintenance margin in USDT and {@code mmrRate} the tier's rate.
 */
public record PositionSnapshot(
    Instrument instrument,
    PosSide posSide,
    String posId,
    Direction direction,
    BigDecimal size,
    BigDecimal availPos,
    BigDecimal avgPx,
    BigDecimal margin,
    BigDecimal lever,
    BigDecimal markPx,
    BigDecimal lastPx,
    BigDecimal upl,
    BigDecimal uplRatio,
    BigDecimal uplLastPx,
    BigDecimal uplRatioLastPx,
    BigDecimal notional,
    BigDecimal mmr,
    BigDecimal mmrRate,
    BigDecimal mgnRatio,
    BigDecimal liqPx,
    BigDecimal bePx,
    BigDecimal pnl,
    BigDecimal fee,
    BigDecimal fundingFee,
    BigDecimal liqPenalty,
    BigDecimal realizedPnl,
    String lastTradeId,
    long cTime,
    long uTime) {

  public String instId() {
    return instrument.instId();
  }

  /** Signed size as OKX shows it: negative for a short in net mode. */
  public BigDecimal pos() {
    return posSide == PosSide.NET && direction == Direction.SHORT ? size.negate() : size;
  }

  public boolean isClosed() {
    return size.signum() == 0;
  }
}
