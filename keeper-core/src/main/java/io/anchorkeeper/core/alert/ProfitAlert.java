package io.anchorkeeper.core.alert;

import io.anchorkeeper.core.value.Ratio;
import java.util.Objects;

/** A slot has entered an alert tier: its profit rate fell to the tier's threshold or below. */
public record ProfitAlert(AlertLevel level, Ratio profitRate, Ratio threshold) {

  public ProfitAlert {
    Objects.requireNonNull(level, "level must not be null");
    Objects.requireNonNull(profitRate, "profitRate must not be null");
    Objects.requireNonNull(threshold, "threshold must not be null");
    if (level == AlertLevel.NONE) {
      throw new IllegalArgumentException("an alert needs a tier, was NONE");
    }
  }

  /** e.g. {@code "WARNING: profit rate -8.40% is at or below -8%"}. */
  public String describe() {
    return level
        + ": profit rate "
        + profitRate.toPercentString(2)
        + " is at or below "
        + threshold;
  }
}
