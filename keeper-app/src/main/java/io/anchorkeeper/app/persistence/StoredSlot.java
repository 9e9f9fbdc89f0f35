package io.anchorkeeper.app.persistence;

import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.slot.SlotId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A slot as recorded: its kind and count, whether the owner paused it, its own settings overrides,
 * and the procedure that holds its claim, if any.
 */
public record StoredSlot(
    AnchorSlot slot,
    boolean paused,
    SettingsOverrides overrides,
    Optional<ProcedureId> runningProcedure,
    Instant createdAt,
    Instant updatedAt) {

  public StoredSlot {
    Objects.requireNonNull(slot, "slot must not be null");
    Objects.requireNonNull(overrides, "overrides must not be null");
    Objects.requireNonNull(runningProcedure, "runningProcedure must not be null");
    Objects.requireNonNull(createdAt, "createdAt must not be null");
    Objects.requireNonNull(updatedAt, "updatedAt must not be null");
  }

  public SlotId id() {
    return slot.id();
  }
}
