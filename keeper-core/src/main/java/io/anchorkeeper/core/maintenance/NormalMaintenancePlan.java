package io.anchorkeeper.core.maintenance;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.plan.PlannedOrder;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Ratio;
import java.util.Objects;
import java.util.Optional;

/**
 * Normal maintenance (SPEC 3.1): close all, open {@code open_multiplier} times the old size, then
 * close {@code close_fraction} of what actually filled, rounded down to the lot.
 */
public record NormalMaintenancePlan(
    SlotId slot,
    InstrumentSpec spec,
    Leverage leverage,
    PlannedOrder closeOld,
    PlannedOrder open,
    Ratio closeFraction)
    implements MaintenancePlan {

  public NormalMaintenancePlan {
    Objects.requireNonNull(slot, "slot must not be null");
    Objects.requireNonNull(spec, "spec must not be null");
    Objects.requireNonNull(leverage, "leverage must not be null");
    Objects.requireNonNull(closeFraction, "closeFraction must not be null");
    MaintenanceSteps.requireStep(closeOld, CLOSE_STEP, OrderPurpose.CLOSE_OLD);
    MaintenanceSteps.requireStep(open, OPEN_STEP, OrderPurpose.OPEN);
  }

  /**
   * Step 3 for {@code filled} contracts opened by step 2: close {@code close_fraction} of them,
   * rounded down to the lot, so the rest stays as the new anchor. The rest is never left below
   * {@code minSz}; when the closing part would be below {@code minSz}, nothing is closed.
   */
  public TrimDecision trimAfterOpen(Contracts filled) {
    Contracts minSz = spec.minSz();
    if (!filled.isGreaterThan(minSz)) {
      return new TrimDecision.NoTrim(
          filled,
          "step 2 filled " + filled + " contracts, not more than minSz " + minSz + "; all stay");
    }
    Contracts close = spec.roundDownToLot(filled.times(closeFraction.value()));
    if (filled.minus(close).isLessThan(minSz)) {
      close = spec.roundDownToLot(filled.minus(minSz));
    }
    if (close.isLessThan(minSz)) {
      return new TrimDecision.NoTrim(
          filled,
          "closing "
              + closeFraction
              + " of "
              + filled
              + " filled contracts gives "
              + close
              + ", below minSz "
              + minSz
              + "; all stay");
    }
    return new TrimDecision.Trim(
        new PlannedOrder(TRIM_STEP, OrderPurpose.TRIM, close),
        filled.minus(close),
        Optional.empty());
  }
}
