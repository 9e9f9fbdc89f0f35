package io.anchorkeeper.core.instrument;

import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Decimals;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Ratio;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One position tier of an instrument, as OKX publishes them: positions of more than {@code minSz}
 * and at most {@code maxSz} contracts (per instrument and direction in isolated mode) need the
 * maintenance rate {@code mmr}, the initial rate {@code imr}, and may use at most {@code maxLever}.
 */
public record MarginTier(
    int tier, Contracts minSz, Contracts maxSz, Ratio mmr, Ratio imr, Leverage maxLever) {

  public MarginTier {
    Objects.requireNonNull(minSz, "minSz must not be null");
    Objects.requireNonNull(maxSz, "maxSz must not be null");
    Objects.requireNonNull(mmr, "mmr must not be null");
    Objects.requireNonNull(imr, "imr must not be null");
    Objects.requireNonNull(maxLever, "maxLever must not be null");
    if (tier < 1) {
      throw new IllegalArgumentException("tier must be at least 1, was " + tier);
    }
    if (!maxSz.isGreaterThan(minSz)) {
      throw new IllegalArgumentException(
          "tier " + tier + " maxSz must exceed minSz " + minSz + ", was " + maxSz);
    }
    requireRate(tier, "mmr", mmr);
    requireRate(tier, "imr", imr);
  }

  /** Builds a tier from OKX's decimal strings. */
  public static MarginTier of(
      int tier, String minSz, String maxSz, String mmr, String imr, String maxLever) {
    return new MarginTier(
        tier,
        Contracts.of(minSz),
        Contracts.of(maxSz),
        Ratio.of(Decimals.parse("mmr", mmr)),
        Ratio.of(Decimals.parse("imr", imr)),
        Leverage.of(maxLever));
  }

  private static void requireRate(int tier, String field, Ratio rate) {
    if (rate.signum() <= 0 || rate.value().compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "tier "
              + tier
              + " "
              + field
              + " must be above 0 and at most 1, was "
              + rate.value().toPlainString());
    }
  }
}
