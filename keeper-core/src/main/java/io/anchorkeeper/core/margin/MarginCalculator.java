package io.anchorkeeper.core.margin;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Decimals;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;

/**
 * Notional, initial and maintenance margin and margin ratio of an isolated position. Sizes are
 * contracts ({@code n = |pos|}); every amount is USDT at full precision, not rounded: round where a
 * result reaches the exchange or a record.
 */
public final class MarginCalculator {

  private MarginCalculator() {}

  /** Notional value in USDT: {@code ctVal·ctMult·n·price}. Never negative. */
  public static Usdt notional(InstrumentSpec spec, Contracts size, Price price) {
    return Usdt.of(spec.contractValue().multiply(size.value()).multiply(price.value()));
  }

  /**
   * Initial margin in USDT of an isolated position: {@code ctVal·ctMult·n·price / lever}. Isolated
   * margin is fixed at the entry price; pass the mark price to size a new order ("X U of margin at
   * mark").
   */
  public static Usdt initialMargin(
      InstrumentSpec spec, Contracts size, Price price, Leverage leverage) {
    return notional(spec, size, price).dividedBy(leverage.value());
  }

  /**
   * The maintenance margin rate of the tier {@code size} falls into, or {@code fallback} when the
   * instrument has no tier data or the size is beyond its last tier.
   */
  public static Ratio maintenanceRate(InstrumentSpec spec, Contracts size, Ratio fallback) {
    return spec.tiers().maintenanceRate(size).orElse(fallback);
  }

  /** Maintenance margin in USDT (OKX's {@code mmr} field): {@code ctVal·ctMult·n·mark·rate}. */
  public static Usdt maintenanceMargin(
      InstrumentSpec spec, Contracts size, Price mark, Ratio maintenanceRate) {
    return notional(spec, size, mark).times(maintenanceRate.value());
  }

  /**
   * Margin ratio (OKX's {@code mgnRatio}): {@code (margin + upl) / (ctVal·ctMult·n·mark·(mmr +
   * f))}, where {@code f} is the taker fee rate as a positive number. Liquidation starts at 1 or
   * below. {@code upl} is signed, positive for a profit.
   */
  public static Ratio marginRatio(
      InstrumentSpec spec,
      Contracts size,
      Price mark,
      Usdt margin,
      Usdt unrealisedPnl,
      Ratio maintenanceRate,
      Ratio takerFeeRate) {
    if (!size.isPositive()) {
      throw new IllegalArgumentException("size must be positive for a margin ratio, was " + size);
    }
    Usdt requirement =
        notional(spec, size, mark).times(maintenanceRate.value().add(takerFeeRate.value()));
    return Ratio.of(Decimals.divide(margin.plus(unrealisedPnl).amount(), requirement.amount()));
  }
}
