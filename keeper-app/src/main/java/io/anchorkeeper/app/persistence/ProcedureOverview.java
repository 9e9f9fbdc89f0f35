package io.anchorkeeper.app.persistence;

import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.record.Trigger;
import io.anchorkeeper.core.slot.SlotId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One procedure as listed, running or ended; the full record of an ended one is its report.
 *
 * @param summary the report's summary, empty while running
 * @param finishedAt empty while running
 */
public record ProcedureOverview(
    ProcedureId id,
    SlotId slot,
    ProcedureType type,
    Trigger trigger,
    ProcedureStatus status,
    Optional<String> summary,
    Instant createdAt,
    Optional<Instant> finishedAt) {

  public ProcedureOverview {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(slot, "slot must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(trigger, "trigger must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(summary, "summary must not be null");
    Objects.requireNonNull(createdAt, "createdAt must not be null");
    Objects.requireNonNull(finishedAt, "finishedAt must not be null");
  }
}
