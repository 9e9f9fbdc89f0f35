package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Leverage;
import java.util.Objects;

/** The leverage a slot's side should have before the keeper trades it. */
public record LeverageTarget(SlotId slot, Leverage leverage) {

  public LeverageTarget {
    Objects.requireNonNull(slot, "slot must not be null");
    Objects.requireNonNull(leverage, "leverage must not be null");
  }

  public static LeverageTarget of(SlotId slot, long leverage) {
    return new LeverageTarget(slot, Leverage.of(leverage));
  }
}
