package io.anchorkeeper.okx.emulator.engine;

import java.math.BigDecimal;

/**
 * Engine behaviour that a run may change: fee rates as positive fractions (taker 0.0005 = 5 bps),
 * market-order slippage as a fraction of the mark, the chance that a market order fills only in
 * part, and the leverage of a side never set.
 */
public record EngineSettings(
    BigDecimal takerRate,
    BigDecimal makerRate,
    BigDecimal slippage,
    double partialFillProbability,
    BigDecimal defaultLeverage) {

  public EngineSettings {
    if (takerRate.signum() < 0 || makerRate.signum() < 0 || slippage.signum() < 0) {
      throw new IllegalArgumentException("fee rates and slippage are positive fractions");
    }
    if (partialFillProbability < 0 || partialFillProbability > 1) {
      throw new IllegalArgumentException("partial-fill probability must be in [0, 1]");
    }
    if (defaultLeverage.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException("default leverage must be at least 1");
    }
  }

  /** OKX Lv1 USDT-swap rates (taker 0.05 %, maker 0.02 %), no slippage, full fills, 10x. */
  public static EngineSettings defaults() {
    return new EngineSettings(
        new BigDecimal("0.0005"), new BigDecimal("0.0002"), BigDecimal.ZERO, 0.0, BigDecimal.TEN);
  }
}
