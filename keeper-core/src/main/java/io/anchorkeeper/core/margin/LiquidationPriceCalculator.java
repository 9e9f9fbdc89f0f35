package io.anchorkeeper.core.margin;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Decimals;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Estimated liquidation price of an isolated position: the mark price at which the margin ratio
 * falls to 1. The exchange's own {@code liqPx} is authoritative; funding and tier changes move it.
 */
public final class LiquidationPriceCalculator {

  private LiquidationPriceCalculator() {}

  /**
   * Long: {@code (E − margin/(ctVal·ctMult·n)) / (1 − mmr − f)}; short: {@code (E +
   * margin/(ctVal·ctMult·n)) / (1 + mmr + f)}. {@code f} is the taker fee rate as a positive
   * number, {@code mmr} the tier's maintenance rate. The result is in USDT per base unit, at
   * division precision (not rounded to the tick). Empty when a long holds so much margin that no
   * positive price liquidates it.
   */
  public static Optional<Price> estimate(
      InstrumentSpec spec,
      PositionSide side,
      Contracts size,
      Price entry,
      Usdt margin,
      Ratio maintenanceRate,
      Ratio takerFeeRate) {
    if (!size.isPositive()) {
      throw new IllegalArgumentException(
          "size must be positive for a liquidation price, was " + size);
    }
    BigDecimal marginPerUnit =
        Decimals.divide(margin.amount(), spec.contractValue().multiply(size.value()));
    BigDecimal rates = maintenanceRate.value().add(takerFeeRate.value());
    BigDecimal price =
        side == PositionSide.LONG
            ? Decimals.divide(entry.value().subtract(marginPerUnit), BigDecimal.ONE.subtract(rates))
            : Decimals.divide(entry.value().add(marginPerUnit), BigDecimal.ONE.add(rates));
    return price.signum() > 0 ? Optional.of(Price.of(price)) : Optional.empty();
  }
}
