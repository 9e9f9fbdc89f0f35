package io.anchorkeeper.core.margin;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;

/** Trading fees. */
public final class FeeCalculator {

  private FeeCalculator() {}

  /**
   * The fee charged for a fill, in USDT, as a <em>positive cost</em>: {@code
   * fillSz·ctVal·ctMult·fillPx·rate}, where {@code rate} is the taker or maker rate as a positive
   * number. OKX reports the same amount with the opposite sign ({@code fee} is negative when
   * charged), and so are its {@code takerU}/{@code makerU} rates: the adapter flips both signs. A
   * negative {@code rate} (a maker rebate) gives a negative cost.
   */
  public static Usdt feeCharged(
      InstrumentSpec spec, Contracts fillSize, Price fillPrice, Ratio rate) {
    return MarginCalculator.notional(spec, fillSize, fillPrice).times(rate.value());
  }
}
