package io.anchorkeeper.core.plan;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.SlotId;

/** Checks that a plan's inputs describe one slot; a mix-up is a programming error. */
public final class PlanInputs {

  private PlanInputs() {}

  /** Throws when the position or the spec belong to another slot or instrument. */
  public static void requireSameSlot(SlotId slot, PositionSnapshot position, InstrumentSpec spec) {
    if (!position.slot().equals(slot)) {
      throw new IllegalArgumentException(
          "position of " + position.slot() + " given for slot " + slot);
    }
    requireSameInstrument(slot, spec);
  }

  /** Throws when the spec is not the slot's instrument. */
  public static void requireSameInstrument(SlotId slot, InstrumentSpec spec) {
    if (!spec.instId().equals(slot.instrument())) {
      throw new IllegalArgumentException("spec of " + spec.instId() + " given for slot " + slot);
    }
  }
}
