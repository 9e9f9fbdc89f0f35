package io.anchorkeeper.core.procedure;

import io.anchorkeeper.core.autoopen.AutoOpenPlan;
import io.anchorkeeper.core.autoopen.AutoOpenPlanner;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.journal.AutoOpenPlanned;
import io.anchorkeeper.core.journal.LeverageSet;
import io.anchorkeeper.core.journal.ProcedureHistory;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.plan.Outcome;
import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import java.util.Optional;

/**
 * Auto-open (SPEC 3.5): on a slot without a position, set the side's leverage when it differs and
 * no orders are pending, then open {@code anchor_margin} at market. The slot's count is left as it
 * is: a new slot starts at 0, and an anchor restored after a failed maintenance keeps the count it
 * had, so a failure never resets the cap.
 */
final class AutoOpenRun extends ProcedureRun {

  AutoOpenRun(ProcedureContext context, ProcedureHistory history, AnchorSettings settings) {
    super(context, history, settings);
  }

  @Override
  public ProcedureReport run() {
    InstrumentSpec spec = spec();
    Optional<AutoOpenPlanned> journaled = journal.history().first(AutoOpenPlanned.class);
    if (journaled.isEmpty()) {
      Outcome<AutoOpenPlanned> planned = plan(spec);
      if (!planned.isOk()) {
        return refuse(planned.refusal().orElseThrow());
      }
      journaled = Optional.of(journal.record(planned.orElseThrow()));
    }
    AutoOpenPlanned plan = journaled.get();
    if (plan.setLeverage().isPresent() && journal.history().first(LeverageSet.class).isEmpty()) {
      Leverage leverage = plan.setLeverage().get();
      try {
        calls.read(
            "setting the leverage of " + slot(),
            () -> {
              context.exchange().setLeverage(slot(), leverage);
              return leverage;
            });
      } catch (ExchangeException.Rejected e) {
        return refuse("the exchange refused leverage " + leverage + ": " + e.getMessage());
      }
      journal.record(new LeverageSet(leverage, context.clock().instant()));
    }
    StepResult open = orders.execute(1, OrderPurpose.AUTO_OPEN, plan.size(), spec);
    int count = request().slot().maintenanceCount();
    if (open.filled().isZero()) {
      return finishReading(
          ProcedureStatus.FAILED, "auto-open " + open.describe(), Optional.empty(), count);
    }
    return finishReading(
        ProcedureStatus.COMPLETED,
        "opened " + open.filled() + " contracts at " + plan.mark() + " mark",
        Optional.empty(),
        count);
  }

  private Outcome<AutoOpenPlanned> plan(InstrumentSpec spec) {
    if (position().isPresent()) {
      return Outcome.refused(slot() + " already holds a position");
    }
    Price mark =
        calls.read(
            "reading the mark of " + slot().instrument(),
            () -> context.exchange().markPrice(slot().instrument()));
    Optional<Leverage> current =
        calls.read("reading the leverage of " + slot(), () -> context.exchange().leverage(slot()));
    boolean pending =
        !current.equals(Optional.of(settings.leverage()))
            && calls.read(
                "reading pending orders of " + slot(),
                () -> context.exchange().hasPendingOrders(slot()));
    Outcome<AutoOpenPlan> plan =
        AutoOpenPlanner.plan(slot(), spec, mark, settings, current, pending);
    return plan.map(
        p ->
            new AutoOpenPlanned(p.setLeverage(), p.open().size(), mark, context.clock().instant()));
  }
}
