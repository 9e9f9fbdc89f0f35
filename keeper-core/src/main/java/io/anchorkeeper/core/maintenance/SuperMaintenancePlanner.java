package io.anchorkeeper.core.maintenance;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.margin.MarginBand;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.plan.Outcome;
import io.anchorkeeper.core.plan.PlanInputs;
import io.anchorkeeper.core.plan.PlannedOrder;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.sizing.ContractSizer;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.value.Price;

/** Plans a super maintenance (SPEC 3.2) for a slot's current position. */
public final class SuperMaintenancePlanner {

  private SuperMaintenancePlanner() {}

  /**
   * Step 1 closes the whole position; step 2 opens {@code maintenance_amount} of margin at {@code
   * mark} and the side's current leverage, rounded down to the lot. Step 3 trims to the target
   * margin: the main account's {@code target_margin}, or for a sub-account the entry of {@code
   * sub_target_margins} for the count the slot will have <em>after</em> this maintenance (count +
   * 1). The count after is used because the maintenance increments the count when it completes, and
   * margin correction then judges the slot by that new count: trimming to the old count's target
   * would be corrected right away (a slot going from count 1 to 2 would be trimmed to 10 U and then
   * topped up to 20 U).
   *
   * <p>Refused when step 2 would be below {@code minSz}.
   */
  public static Outcome<SuperMaintenancePlan> plan(
      AnchorSlot slot,
      PositionSnapshot position,
      InstrumentSpec spec,
      Price mark,
      AnchorSettings settings) {
    PlanInputs.requireSameSlot(slot.id(), position, spec);
    MarginBand band = settings.marginBand(slot.kind(), slot.countAfterMaintenance());
    PlannedOrder closeOld =
        new PlannedOrder(MaintenancePlan.CLOSE_STEP, OrderPurpose.CLOSE_OLD, position.size());
    return ContractSizer.forMargin(spec, settings.maintenanceAmount(), position.leverage(), mark)
        .map(
            openSize ->
                new SuperMaintenancePlan(
                    slot.id(),
                    spec,
                    position.leverage(),
                    closeOld,
                    new PlannedOrder(MaintenancePlan.OPEN_STEP, OrderPurpose.OPEN, openSize),
                    band));
  }
}
