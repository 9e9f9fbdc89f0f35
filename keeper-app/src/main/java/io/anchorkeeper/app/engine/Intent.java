package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.record.Trigger;
import io.anchorkeeper.core.slot.SlotId;
import java.util.Objects;

/** A rule's wish to run a procedure on a slot. */
public record Intent(ProcedureType type, SlotId slot, Trigger trigger) {

  public Intent {
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(slot, "slot must not be null");
    Objects.requireNonNull(trigger, "trigger must not be null");
  }

  ProcedureCommand command() {
    return ProcedureCommand.of(type, slot, trigger);
  }
}
