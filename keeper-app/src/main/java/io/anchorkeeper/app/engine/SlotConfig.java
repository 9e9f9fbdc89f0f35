package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.slot.SlotId;
import java.util.Objects;

/**
 * A configured anchor slot as the engine keeps it: its kind, its maintenance count (written only by
 * the procedure that completes), whether automation is paused, and its settings overrides.
 */
public record SlotConfig(
    SlotId id,
    AccountKind kind,
    int maintenanceCount,
    boolean paused,
    SettingsOverrides overrides) {

  public SlotConfig {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(overrides, "overrides must not be null");
    if (maintenanceCount < 0) {
      throw new IllegalArgumentException("maintenance count must not be negative");
    }
  }

  public AnchorSlot anchorSlot() {
    return new AnchorSlot(id, kind, maintenanceCount);
  }

  public SlotConfig withCount(int count) {
    return new SlotConfig(id, kind, count, paused, overrides);
  }

  public SlotConfig withPaused(boolean value) {
    return new SlotConfig(id, kind, maintenanceCount, value, overrides);
  }

  public SlotConfig withOverrides(SettingsOverrides value) {
    return new SlotConfig(id, kind, maintenanceCount, paused, value);
  }
}
