package io.anchorkeeper.okx.emulator.instrument;

import java.math.BigDecimal;

/**
 * One maintenance-margin tier: position sizes {@code (minSz, maxSz]} in contracts (tier 1 starts at
 * 0 inclusive), maintenance rate {@code mmr}, minimum initial rate {@code imr}, {@code maxLever}.
 */
public record Tier(
    int tier,
    BigDecimal minSz,
    BigDecimal maxSz,
    BigDecimal mmr,
    BigDecimal imr,
    BigDecimal maxLever) {

  public Tier {
    if (maxSz.compareTo(minSz) < 0 || mmr.signum() < 0 || maxLever.signum() <= 0) {
      throw new IllegalArgumentException("invalid tier " + tier + ": " + minSz + ".." + maxSz);
    }
  }

  /** True when a position of {@code size} contracts falls into this tier. */
  public boolean covers(BigDecimal size) {
    return size.compareTo(maxSz) <= 0 && (tier == 1 || size.compareTo(minSz) >= 0);
  }
}
