package io.anchorkeeper.core.maintenance;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.margin.FeeCalculator;
import io.anchorkeeper.core.margin.MarginCalculator;
import io.anchorkeeper.core.margin.PnlCalculator;
import io.anchorkeeper.core.plan.Outcome;
import io.anchorkeeper.core.plan.PlanInputs;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;

/**
 * Refuses a maintenance the account cannot afford (SPEC 3.2), before step 1 closes an anchor that
 * step 2 could not reopen. Everything is estimated at {@code mark}: the close and the open are
 * market orders, so slippage beyond the mark is not covered.
 */
public final class MaintenancePreCheck {

  private MaintenancePreCheck() {}

  /** The numbers for {@code plan} on {@code position}, affordable or not. */
  public static PreCheckResult check(
      MaintenancePlan plan,
      PositionSnapshot position,
      Price mark,
      Usdt freeBalance,
      Ratio takerFeeRate) {
    PlanInputs.requireSameSlot(plan.slot(), position, plan.spec());
    InstrumentSpec spec = plan.spec();
    Contracts size = position.size();
    Contracts openSize = plan.open().size();
    return new PreCheckResult(
        position.margin(),
        PnlCalculator.unrealisedPnl(spec, position.side(), size, position.averagePrice(), mark),
        FeeCalculator.feeCharged(spec, size, mark, takerFeeRate),
        freeBalance,
        MarginCalculator.initialMargin(spec, openSize, mark, plan.leverage()),
        FeeCalculator.feeCharged(spec, openSize, mark, takerFeeRate));
  }

  /** The plan when affordable; otherwise a refusal whose reason explains the numbers. */
  public static <P extends MaintenancePlan> Outcome<P> approve(
      P plan, PositionSnapshot position, Price mark, Usdt freeBalance, Ratio takerFeeRate) {
    PreCheckResult result = check(plan, position, mark, freeBalance, takerFeeRate);
    return result.affordable()
        ? Outcome.ok(plan)
        : Outcome.refused(
            "cannot afford the maintenance of " + plan.slot() + ": " + result.explanation());
  }
}
