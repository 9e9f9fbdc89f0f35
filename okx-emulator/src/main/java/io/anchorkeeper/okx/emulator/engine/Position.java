package io.anchorkeeper.okx.emulator.engine;

import io.anchorkeeper.okx.emulator.instrument.Instrument;
import java.math.BigDecimal;

/**
 * An isolated position of one account on one instrument and side. {@code size} is the number of
 * contracts (always positive; the direction says which way), {@code margin} the isolated margin in
 * USDT. Guarded by the owning account's lock.
 */
final class Position {

  final Instrument instrument;
  final PosSide posSide;
  final String posId;
  final long cTime;
  Direction direction;
  BigDecimal size = BigDecimal.ZERO;
  BigDecimal avgPx = BigDecimal.ZERO;
  BigDecimal margin = BigDecimal.ZERO;
  BigDecimal lever;
  BigDecimal pnl = BigDecimal.ZERO;
  BigDecimal fee = BigDecimal.ZERO;
  BigDecimal fundingFee = BigDecimal.ZERO;
  BigDecimal liqPenalty = BigDecimal.ZERO;
  String lastTradeId = "";
  long uTime;

  Position(
      Instrument instrument,
      PosSide posSide,
      String posId,
      Direction direction,
      BigDecimal lever,
      long now) {
    this.instrument = instrument;
    this.posSide = posSide;
    this.posId = posId;
    this.direction = direction;
    this.lever = lever;
    this.cTime = now;
    this.uTime = now;
  }

  boolean isOpen() {
    return size.signum() > 0;
  }

  /** OKX's definition: pnl + fee + fundingFee + liqPenalty. */
  BigDecimal realizedPnl() {
    return pnl.add(fee).add(fundingFee).add(liqPenalty);
  }
}
