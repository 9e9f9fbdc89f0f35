package io.anchorkeeper.okx.emulator.engine;

import java.math.BigDecimal;

/** Which way a position is exposed; decides the sign of its PnL. */
public enum Direction {
  LONG,
  SHORT;

  /** +1 for long, -1 for short. */
  public BigDecimal sign() {
    return this == LONG ? BigDecimal.ONE : BigDecimal.ONE.negate();
  }

  /** The side that opens (or adds to) a position in this direction. */
  public Side openingSide() {
    return this == LONG ? Side.BUY : Side.SELL;
  }

  public static Direction of(Side openingSide) {
    return openingSide == Side.BUY ? LONG : SHORT;
  }
}
