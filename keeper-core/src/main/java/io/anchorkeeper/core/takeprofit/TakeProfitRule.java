package io.anchorkeeper.core.takeprofit;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.plan.PlanInputs;
import io.anchorkeeper.core.plan.PlannedOrder;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Ratio;
import java.util.Optional;

/** Decides take-profit for a position (SPEC 3.6). */
public final class TakeProfitRule {

  private TakeProfitRule() {}

  /**
   * Due when {@code take_profit} is on and the position's profit rate (OKX {@code uplRatio}) is at
   * or above it. Closes {@code take_profit_fraction} of the size, rounded down to the lot; 100%
   * closes the exact size. When what would remain is below {@code minSz} the whole position is
   * closed instead, so no unclosable remnant is left.
   */
  public static TakeProfitDecision evaluate(
      PositionSnapshot position, InstrumentSpec spec, AnchorSettings settings) {
    PlanInputs.requireSameInstrument(position.slot(), spec);
    Optional<Ratio> threshold = settings.takeProfit();
    if (threshold.isEmpty()) {
      return new TakeProfitDecision.Hold("take-profit is off");
    }
    Ratio rate = position.profitRate();
    if (rate.isLessThan(threshold.get())) {
      return new TakeProfitDecision.Hold(
          "profit rate " + rate.toPercentString(2) + " is below take_profit " + threshold.get());
    }
    Contracts size = position.size();
    Contracts close = spec.roundDownToLot(size.times(settings.takeProfitFraction().value()));
    if (size.minus(close).isLessThan(spec.minSz())) {
      close = size;
    }
    if (close.isLessThan(spec.minSz())) {
      return new TakeProfitDecision.Refused(
          "closing "
              + settings.takeProfitFraction()
              + " of "
              + size
              + " contracts gives "
              + close
              + ", below minSz "
              + spec.minSz());
    }
    return new TakeProfitDecision.Close(
        new PlannedOrder(1, OrderPurpose.TAKE_PROFIT, close), close.equals(size));
  }
}
