package io.anchorkeeper.core.autoopen;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.instrument.MarginTier;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.plan.Outcome;
import io.anchorkeeper.core.plan.PlanInputs;
import io.anchorkeeper.core.plan.PlannedOrder;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.sizing.ContractSizer;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import java.util.Optional;

/** Plans the opening of an anchor on an empty slot (SPEC 3.5). */
public final class AutoOpenPlanner {

  private AutoOpenPlanner() {}

  /**
   * Opens {@code anchor_margin} at {@code mark} and the configured {@code leverage}, rounded down
   * to the lot. The leverage is set first only when it differs from the side's current setting
   * ({@code currentLeverage}, empty when unknown, which counts as different). Refused when the
   * order would be below {@code minSz}, when the leverage exceeds what the instrument or the
   * order's tier allows, or when the leverage must change while orders are pending on the slot (the
   * exchange refuses that; the runner tries again once they are gone).
   */
  public static Outcome<AutoOpenPlan> plan(
      SlotId slot,
      InstrumentSpec spec,
      Price mark,
      AnchorSettings settings,
      Optional<Leverage> currentLeverage,
      boolean ordersPending) {
    PlanInputs.requireSameInstrument(slot, spec);
    Leverage leverage = settings.leverage();
    if (leverage.compareTo(spec.maxLeverage()) > 0) {
      return Outcome.refused(
          "leverage " + leverage + " exceeds " + spec.instId() + " maximum " + spec.maxLeverage());
    }
    boolean changeLeverage = !currentLeverage.equals(Optional.of(leverage));
    if (changeLeverage && ordersPending) {
      return Outcome.refused(
          "leverage of "
              + slot
              + " must change from "
              + currentLeverage.map(Leverage::toString).orElse("unknown")
              + " to "
              + leverage
              + " but orders are pending");
    }
    return ContractSizer.forMargin(spec, settings.anchorMargin(), leverage, mark)
        .flatMap(size -> withinTier(spec, size, leverage))
        .map(
            size ->
                new AutoOpenPlan(
                    slot,
                    changeLeverage ? Optional.of(leverage) : Optional.empty(),
                    new PlannedOrder(1, OrderPurpose.AUTO_OPEN, size)));
  }

  private static Outcome<Contracts> withinTier(
      InstrumentSpec spec, Contracts size, Leverage leverage) {
    Optional<MarginTier> tier = spec.tiers().tierFor(size);
    if (tier.isPresent() && leverage.compareTo(tier.get().maxLever()) > 0) {
      return Outcome.refused(
          "leverage "
              + leverage
              + " exceeds tier "
              + tier.get().tier()
              + " maximum "
              + tier.get().maxLever()
              + " for "
              + size
              + " contracts of "
              + spec.instId());
    }
    return Outcome.ok(size);
  }
}
