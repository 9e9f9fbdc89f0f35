package io.anchorkeeper.core.alert;

import java.util.Objects;
import java.util.Optional;

/** A slot's new alert tier and the alert to send, if it just entered a deeper tier. */
public record AlertUpdate(AlertLevel level, Optional<ProfitAlert> alert) {

  public AlertUpdate {
    Objects.requireNonNull(level, "level must not be null");
    Objects.requireNonNull(alert, "alert must not be null");
  }
}
