package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.record.Trigger;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Usdt;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to run a procedure on a slot, from a rule or a person.
 *
 * @param expectedSize the size the requester saw; the procedure refuses another size
 * @param maintenanceAmount a super maintenance's margin to open, instead of the setting
 * @param targetMargin a super maintenance's margin to keep, instead of the target by count
 */
public record ProcedureCommand(
    ProcedureType type,
    SlotId slot,
    Trigger trigger,
    Optional<Contracts> expectedSize,
    Optional<Usdt> maintenanceAmount,
    Optional<Usdt> targetMargin) {

  public ProcedureCommand {
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(slot, "slot must not be null");
    Objects.requireNonNull(trigger, "trigger must not be null");
    Objects.requireNonNull(expectedSize, "expectedSize must not be null");
    Objects.requireNonNull(maintenanceAmount, "maintenanceAmount must not be null");
    Objects.requireNonNull(targetMargin, "targetMargin must not be null");
  }

  public static ProcedureCommand of(ProcedureType type, SlotId slot, Trigger trigger) {
    return new ProcedureCommand(
        type, slot, trigger, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
