package io.anchorkeeper.okx.emulator.market;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

/**
 * A seeded geometric random walk: each step multiplies the price by {@code 1 + volatility x z},
 * {@code z} standard normal. The random factor is turned into a 10-decimal BigDecimal at once, so
 * the price itself never passes through a double. The same seed gives the same path on every JVM.
 */
public final class RandomWalk implements PriceSource {

  private final Random random;
  private final double volatility;

  public RandomWalk(long seed, double volatility) {
    if (volatility < 0 || volatility > 0.1) {
      throw new IllegalArgumentException("volatility per step must be in [0, 0.1]: " + volatility);
    }
    this.random = new Random(seed);
    this.volatility = volatility;
  }

  @Override
  public BigDecimal next(BigDecimal current) {
    BigDecimal factor =
        BigDecimal.valueOf(1 + volatility * random.nextGaussian())
            .setScale(10, RoundingMode.HALF_UP);
    return current.multiply(factor, MathContext.DECIMAL64);
  }
}
