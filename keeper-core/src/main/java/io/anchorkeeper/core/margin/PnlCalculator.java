package io.anchorkeeper.core.margin;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;

/** Unrealised PnL and profit rate of an isolated position. Positive means profit. */
public final class PnlCalculator {

  private PnlCalculator() {}

  /**
   * Unrealised PnL in USDT at {@code mark}: long {@code ctVal·ctMult·n·(M − E)}, short {@code
   * ctVal·ctMult·n·(E − M)}. Positive is a profit, negative a loss.
   */
  public static Usdt unrealisedPnl(
      InstrumentSpec spec, PositionSide side, Contracts size, Price entry, Price mark) {
    BigDecimal move = mark.value().subtract(entry.value());
    BigDecimal signedMove = side == PositionSide.LONG ? move : move.negate();
    return Usdt.of(spec.contractValue().multiply(size.value()).multiply(signedMove));
  }

  /**
   * Profit rate (OKX's {@code uplRatio}): unrealised PnL over initial margin. -0.10 is a ten
   * percent loss.
   */
  public static Ratio profitRate(Usdt unrealisedPnl, Usdt initialMargin) {
    if (!initialMargin.isPositive()) {
      throw new IllegalArgumentException(
          "initial margin must be positive for a profit rate, was " + initialMargin);
    }
    return unrealisedPnl.ratioTo(initialMargin);
  }

  /** Profit rate at {@code mark} of a position opened at {@code entry} with {@code leverage}. */
  public static Ratio profitRate(
      InstrumentSpec spec,
      PositionSide side,
      Contracts size,
      Price entry,
      Price mark,
      Leverage leverage) {
    return profitRate(
        unrealisedPnl(spec, side, size, entry, mark),
        MarginCalculator.initialMargin(spec, size, entry, leverage));
  }
}
