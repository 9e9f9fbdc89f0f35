package io.anchorkeeper.core.alert;

import io.anchorkeeper.core.settings.AlertThresholds;
import io.anchorkeeper.core.value.Ratio;
import java.util.Optional;

/** A slot's profit-rate alert tier, from none to critical; later constants are deeper. */
public enum AlertLevel {
  NONE,
  NOTICE,
  WARNING,
  CRITICAL;

  /** The profit rate at or below which this tier is entered; empty for {@link #NONE}. */
  public Optional<Ratio> threshold(AlertThresholds thresholds) {
    switch (this) {
      case NOTICE:
        return Optional.of(thresholds.notice());
      case WARNING:
        return Optional.of(thresholds.warning());
      case CRITICAL:
        return Optional.of(thresholds.critical());
      default:
        return Optional.empty();
    }
  }

  public boolean isDeeperThan(AlertLevel other) {
    return compareTo(other) > 0;
  }
}
