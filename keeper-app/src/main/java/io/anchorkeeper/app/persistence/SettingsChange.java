package io.anchorkeeper.app.persistence;

import io.anchorkeeper.core.settings.SettingsOverrides;
import java.time.Instant;
import java.util.Objects;

/** One audited change of settings overrides: who changed which scope, from what to what. */
public record SettingsChange(
    long id,
    SettingsScope scope,
    String changedBy,
    SettingsOverrides before,
    SettingsOverrides after,
    Instant changedAt) {

  public SettingsChange {
    Objects.requireNonNull(scope, "scope must not be null");
    Objects.requireNonNull(changedBy, "changedBy must not be null");
    Objects.requireNonNull(before, "before must not be null");
    Objects.requireNonNull(after, "after must not be null");
    Objects.requireNonNull(changedAt, "changedAt must not be null");
  }
}
