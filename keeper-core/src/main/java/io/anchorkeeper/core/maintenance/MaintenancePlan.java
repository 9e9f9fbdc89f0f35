package io.anchorkeeper.core.maintenance;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.plan.PlannedOrder;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Leverage;
import java.util.List;

/**
 * A maintenance's three steps: close the old position (step 1), open a bigger one (step 2), and
 * trim it (step 3). Steps 1 and 2 are known up front; step 3 depends on what step 2 filled.
 */
public sealed interface MaintenancePlan permits NormalMaintenancePlan, SuperMaintenancePlan {

  int CLOSE_STEP = 1;
  int OPEN_STEP = 2;
  int TRIM_STEP = 3;

  SlotId slot();

  InstrumentSpec spec();

  /** The leverage the new position opens with: the side's current setting. */
  Leverage leverage();

  /** Step 1: close the whole old position. */
  PlannedOrder closeOld();

  /** Step 2: open the new position. */
  PlannedOrder open();

  /** Steps 1 and 2, in order. */
  default List<PlannedOrder> stepsBeforeTrim() {
    return List.of(closeOld(), open());
  }
}
