package io.anchorkeeper.core.maintenance;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.plan.Outcome;
import io.anchorkeeper.core.plan.PlanInputs;
import io.anchorkeeper.core.plan.PlannedOrder;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.sizing.ContractSizer;
import io.anchorkeeper.core.slot.AnchorSlot;

/** Plans a normal maintenance (SPEC 3.1) for a slot's current position. */
public final class NormalMaintenancePlanner {

  private NormalMaintenancePlanner() {}

  /**
   * Step 1 closes the whole position; step 2 opens {@code open_multiplier} times its size, rounded
   * down to the lot, at the side's current leverage. Refused when step 2 would be below {@code
   * minSz}.
   */
  public static Outcome<NormalMaintenancePlan> plan(
      AnchorSlot slot, PositionSnapshot position, InstrumentSpec spec, AnchorSettings settings) {
    PlanInputs.requireSameSlot(slot.id(), position, spec);
    PlannedOrder closeOld =
        new PlannedOrder(MaintenancePlan.CLOSE_STEP, OrderPurpose.CLOSE_OLD, position.size());
    return ContractSizer.orderSize(
            spec,
            position.size().times(settings.openMultiplier()),
            "step 2 (" + settings.openMultiplier().toPlainString() + "x the old size)")
        .map(
            openSize ->
                new NormalMaintenancePlan(
                    slot.id(),
                    spec,
                    position.leverage(),
                    closeOld,
                    new PlannedOrder(MaintenancePlan.OPEN_STEP, OrderPurpose.OPEN, openSize),
                    settings.closeFraction()));
  }
}
