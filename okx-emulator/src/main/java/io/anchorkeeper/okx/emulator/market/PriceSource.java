package io.anchorkeeper.okx.emulator.market;

import java.math.BigDecimal;

/** Where an instrument's next mark price comes from, one step at a time. */
public interface PriceSource {

  /** The next mark price (not yet rounded to the tick) after {@code current}. */
  BigDecimal next(BigDecimal current);

  /** A source that never moves the price; it changes only when set by hand. */
  static PriceSource fixed() {
    return current -> current;
  }
}
