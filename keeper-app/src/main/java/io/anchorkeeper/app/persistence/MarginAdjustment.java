package io.anchorkeeper.app.persistence;

import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.record.MarginStep;
import io.anchorkeeper.core.slot.SlotId;
import java.util.Objects;

/** One margin step of a finished procedure, as the corrections log lists it. */
public record MarginAdjustment(ProcedureId procedure, SlotId slot, MarginStep step) {

  public MarginAdjustment {
    Objects.requireNonNull(procedure, "procedure must not be null");
    Objects.requireNonNull(slot, "slot must not be null");
    Objects.requireNonNull(step, "step must not be null");
  }
}
