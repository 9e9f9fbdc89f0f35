package io.anchorkeeper.core.maintenance;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.margin.MarginBand;
import io.anchorkeeper.core.margin.MarginCalculator;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.plan.PlannedOrder;
import io.anchorkeeper.core.sizing.ContractSizer;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Usdt;
import java.util.Objects;
import java.util.Optional;

/**
 * Super maintenance (SPEC 3.2): close all, open {@code maintenance_amount} of margin at mark, then
 * close down to the contracts whose margin at the then current mark is the target ("keep T U").
 *
 * @param band the target margin and its band, for the count the slot will have afterwards
 */
public record SuperMaintenancePlan(
    SlotId slot,
    InstrumentSpec spec,
    Leverage leverage,
    PlannedOrder closeOld,
    PlannedOrder open,
    MarginBand band)
    implements MaintenancePlan {

  public SuperMaintenancePlan {
    Objects.requireNonNull(slot, "slot must not be null");
    Objects.requireNonNull(spec, "spec must not be null");
    Objects.requireNonNull(leverage, "leverage must not be null");
    Objects.requireNonNull(band, "band must not be null");
    MaintenanceSteps.requireStep(closeOld, CLOSE_STEP, OrderPurpose.CLOSE_OLD);
    MaintenanceSteps.requireStep(open, OPEN_STEP, OrderPurpose.OPEN);
  }

  /**
   * Step 3 for {@code filled} contracts opened by step 2, at the current {@code mark}: keep the
   * contracts worth the target margin (nearest lot, at least {@code minSz}) and close the rest.
   * When the kept margin misses the band, the decision's note says why; margin correction then
   * adjusts the margin itself.
   */
  public TrimDecision trimAfterOpen(Contracts filled, Price mark) {
    Contracts keep = ContractSizer.toKeepMargin(spec, band.target(), leverage, mark);
    if (!filled.isGreaterThan(keep)) {
      return new TrimDecision.NoTrim(
          filled,
          "step 2 filled "
              + filled
              + " contracts, not more than the "
              + keep
              + " to keep for "
              + band.target().toCentsString()
              + " at mark "
              + mark
              + "; nothing to trim");
    }
    Contracts close = spec.roundDownToLot(filled.minus(keep));
    if (close.isLessThan(spec.minSz())) {
      return new TrimDecision.NoTrim(
          filled,
          "the excess of "
              + filled.minus(keep)
              + " contracts over the "
              + keep
              + " to keep is below minSz "
              + spec.minSz()
              + "; margin correction adjusts the rest");
    }
    Contracts remaining = filled.minus(close);
    return new TrimDecision.Trim(
        new PlannedOrder(TRIM_STEP, OrderPurpose.TRIM, close),
        remaining,
        outOfBandNote(remaining, mark));
  }

  private Optional<String> outOfBandNote(Contracts remaining, Price mark) {
    Usdt margin = MarginCalculator.initialMargin(spec, remaining, mark, leverage);
    if (band.contains(margin)) {
      return Optional.empty();
    }
    Usdt lotMargin =
        MarginCalculator.initialMargin(spec, Contracts.of(spec.lotSz()), mark, leverage);
    String cause =
        remaining.equals(spec.minSz()) && margin.isGreaterThan(band.upper())
            ? "the minimum size, " + remaining + " contracts,"
            : "the nearest lot multiple, " + remaining + " contracts,";
    return Optional.of(
        cause
            + " holds "
            + margin.toCentsString()
            + " at mark "
            + mark
            + ", outside the band "
            + band.describe()
            + "; one lot of "
            + spec.lotSz().stripTrailingZeros().toPlainString()
            + " is worth "
            + lotMargin.toCentsString());
  }
}
