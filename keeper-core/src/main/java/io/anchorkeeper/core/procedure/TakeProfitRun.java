package io.anchorkeeper.core.procedure;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.journal.ProcedureHistory;
import io.anchorkeeper.core.journal.TakeProfitPlanned;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.takeprofit.TakeProfitDecision;
import io.anchorkeeper.core.takeprofit.TakeProfitRule;
import io.anchorkeeper.core.value.Contracts;
import java.util.Optional;

/**
 * Take-profit (SPEC 3.6): close {@code take_profit_fraction} of a position at or above {@code
 * take_profit}. A full close resets the slot's count to 0; auto-open then starts a fresh anchor.
 */
final class TakeProfitRun extends ProcedureRun {

  TakeProfitRun(ProcedureContext context, ProcedureHistory history, AnchorSettings settings) {
    super(context, history, settings);
  }

  @Override
  public ProcedureReport run() {
    InstrumentSpec spec = spec();
    Optional<TakeProfitPlanned> journaled = journal.history().first(TakeProfitPlanned.class);
    if (journaled.isEmpty()) {
      Optional<PositionSnapshot> position = position();
      if (position.isEmpty()) {
        return refuse(slot() + " holds no position");
      }
      TakeProfitDecision decision = TakeProfitRule.evaluate(position.get(), spec, settings);
      if (decision instanceof TakeProfitDecision.Hold hold) {
        return refuse(hold.reason());
      }
      if (decision instanceof TakeProfitDecision.Refused refused) {
        return refuse(refused.reason());
      }
      TakeProfitDecision.Close close = (TakeProfitDecision.Close) decision;
      journaled =
          Optional.of(
              journal.record(
                  new TakeProfitPlanned(
                      position.get().size(),
                      close.order().size(),
                      close.fullClose(),
                      position.get().profitRate(),
                      context.clock().instant())));
    }
    TakeProfitPlanned plan = journaled.get();
    StepResult result = orders.execute(1, OrderPurpose.TAKE_PROFIT, plan.closeSize(), spec);
    Optional<Contracts> original = Optional.of(plan.positionSize());
    int before = request().slot().maintenanceCount();
    if (!result.complete()) {
      return finishReading(
          ProcedureStatus.FAILED, "take-profit " + result.describe(), original, before);
    }
    return finishReading(
        ProcedureStatus.COMPLETED,
        "took profit at "
            + plan.profitRate().toPercentString(2)
            + ": closed "
            + result.filled()
            + " of "
            + plan.positionSize()
            + (plan.fullClose() ? "; the count starts again at 0" : ""),
        original,
        plan.fullClose() ? 0 : before);
  }
}
