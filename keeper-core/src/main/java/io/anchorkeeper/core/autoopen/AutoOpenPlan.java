package io.anchorkeeper.core.autoopen;

import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.plan.PlannedOrder;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Leverage;
import java.util.Objects;
import java.util.Optional;

/**
 * Opening an anchor: first set the side's leverage when {@code setLeverage} is present, then send
 * {@code open}. The new slot's maintenance count starts at 0.
 */
public record AutoOpenPlan(SlotId slot, Optional<Leverage> setLeverage, PlannedOrder open) {

  public AutoOpenPlan {
    Objects.requireNonNull(slot, "slot must not be null");
    Objects.requireNonNull(setLeverage, "setLeverage must not be null");
    Objects.requireNonNull(open, "open must not be null");
    if (open.purpose() != OrderPurpose.AUTO_OPEN) {
      throw new IllegalArgumentException("expected an AUTO_OPEN order, was " + open);
    }
  }
}
