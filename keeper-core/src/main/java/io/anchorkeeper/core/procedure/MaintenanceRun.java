package io.anchorkeeper.core.procedure;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.journal.MaintenancePlanned;
import io.anchorkeeper.core.journal.ProcedureHistory;
import io.anchorkeeper.core.journal.TrimDecided;
import io.anchorkeeper.core.maintenance.MaintenancePlan;
import io.anchorkeeper.core.maintenance.MaintenancePreCheck;
import io.anchorkeeper.core.maintenance.NormalMaintenancePlan;
import io.anchorkeeper.core.maintenance.NormalMaintenancePlanner;
import io.anchorkeeper.core.maintenance.SuperMaintenancePlan;
import io.anchorkeeper.core.maintenance.TrimDecision;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.plan.Outcome;
import io.anchorkeeper.core.plan.PlannedOrder;
import io.anchorkeeper.core.port.RejectReason;
import io.anchorkeeper.core.port.SlotState;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import java.util.Optional;

/**
 * Normal and super maintenance (SPEC 3.1, 3.2): close the old position, open the new one, trim it.
 * Close before open, always. The pre-check runs before anything is sent; after the close, a failure
 * ends the run with a report that says exactly what is left, and the count moves only when all
 * three steps complete.
 */
final class MaintenanceRun extends ProcedureRun {

  MaintenanceRun(ProcedureContext context, ProcedureHistory history, AnchorSettings settings) {
    super(context, history, settings);
  }

  @Override
  public ProcedureReport run() {
    InstrumentSpec spec = spec();
    Optional<MaintenancePlanned> journaled = journal.history().first(MaintenancePlanned.class);
    if (journaled.isEmpty()) {
      Outcome<MaintenancePlanned> planned = plan(spec);
      if (!planned.isOk()) {
        return refuse(planned.refusal().orElseThrow());
      }
      journaled = Optional.of(journal.record(planned.orElseThrow()));
    }
    MaintenancePlanned plan = journaled.get();
    Optional<Contracts> original = Optional.of(plan.oldSize());

    StepResult close = orders.execute(1, OrderPurpose.CLOSE_OLD, plan.oldSize(), spec);
    if (!close.complete() && !oldPositionAlreadyGone(close)) {
      return fail(
          "step 1 (close the old position) "
              + close.describe()
              + (close.filled().isZero() ? "; nothing changed" : "; nothing was reopened"),
          original);
    }

    StepResult open = orders.execute(2, OrderPurpose.OPEN, plan.openSize(), spec);
    if (open.filled().isZero()) {
      return fail(
          "the old position is closed but step 2 (open) "
              + open.describe()
              + "; the slot holds nothing until auto-open restores an anchor",
          original);
    }

    TrimDecided trim =
        journal
            .history()
            .first(TrimDecided.class)
            .orElseGet(() -> journal.record(decideTrim(plan, spec, open.filled())));
    if (trim.trimSize().isPresent()) {
      StepResult trimmed = orders.execute(3, OrderPurpose.TRIM, trim.trimSize().get(), spec);
      if (!trimmed.complete()) {
        return fail(
            "steps 1 and 2 done ("
                + open.filled()
                + " contracts open) but step 3 (trim) "
                + trimmed.describe()
                + "; the position is larger than its target",
            original);
      }
    }
    return finishReading(
        ProcedureStatus.COMPLETED,
        summary(plan, open, trim),
        original,
        request().slot().countAfterMaintenance());
  }

  private Outcome<MaintenancePlanned> plan(InstrumentSpec spec) {
    SlotState state = calls.read("reading " + slot(), () -> context.exchange().slotState(slot()));
    if (state.position().isEmpty()) {
      return Outcome.refused(slot() + " holds no position to maintain");
    }
    PositionSnapshot position = state.position().get();
    Optional<Contracts> expected = request().expectedSize();
    if (expected.isPresent() && !expected.get().equals(position.size())) {
      return Outcome.refused(
          "asked to maintain "
              + expected.get()
              + " contracts but "
              + slot()
              + " holds "
              + position.size()
              + "; refresh and ask again");
    }
    Price mark = position.markPrice();
    AnchorSettings effective;
    try {
      effective = MaintenanceSettings.effective(settings, request());
    } catch (IllegalArgumentException e) {
      return Outcome.refused(e.getMessage());
    }
    Outcome<? extends MaintenancePlan> plan =
        request().type() == ProcedureType.NORMAL_MAINTENANCE
            ? NormalMaintenancePlanner.plan(request().slot(), position, spec, effective)
            : MaintenanceSettings.superPlan(request(), position, spec, mark, effective);
    return plan.flatMap(
            p ->
                MaintenancePreCheck.approve(
                    p, position, mark, state.availableBalance(), effective.takerFeeRate()))
        .map(p -> planned(p, position, mark, state));
  }

  private MaintenancePlanned planned(
      MaintenancePlan plan, PositionSnapshot position, Price mark, SlotState state) {
    String preCheck =
        MaintenancePreCheck.check(
                plan, position, mark, state.availableBalance(), settings.takerFeeRate())
            .explanation();
    return new MaintenancePlanned(
        plan.closeOld().size(),
        plan.open().size(),
        plan.leverage(),
        plan instanceof NormalMaintenancePlan n ? Optional.of(n.closeFraction()) : Optional.empty(),
        plan instanceof SuperMaintenancePlan s ? Optional.of(s.band()) : Optional.empty(),
        mark,
        state.availableBalance(),
        preCheck,
        context.clock().instant());
  }

  private TrimDecided decideTrim(MaintenancePlanned plan, InstrumentSpec spec, Contracts filled) {
    PlannedOrder closeOld = new PlannedOrder(1, OrderPurpose.CLOSE_OLD, plan.oldSize());
    PlannedOrder open = new PlannedOrder(2, OrderPurpose.OPEN, plan.openSize());
    TrimDecision decision;
    Price mark;
    if (plan.closeFraction().isPresent()) {
      mark = plan.mark();
      decision =
          new NormalMaintenancePlan(
                  slot(), spec, plan.leverage(), closeOld, open, plan.closeFraction().get())
              .trimAfterOpen(filled);
    } else {
      mark =
          calls.read(
              "reading the mark of " + slot().instrument(),
              () -> context.exchange().markPrice(slot().instrument()));
      decision =
          new SuperMaintenancePlan(
                  slot(), spec, plan.leverage(), closeOld, open, plan.keepBand().orElseThrow())
              .trimAfterOpen(filled, mark);
    }
    if (decision instanceof TrimDecision.Trim trim) {
      return new TrimDecided(
          Optional.of(trim.order().size()),
          trim.remaining(),
          trim.note(),
          mark,
          context.clock().instant());
    }
    TrimDecision.NoTrim none = (TrimDecision.NoTrim) decision;
    return new TrimDecided(
        Optional.empty(),
        none.remaining(),
        Optional.of(none.reason()),
        mark,
        context.clock().instant());
  }

  /** A close refused because the position is already gone (liquidated, closed by hand). */
  private boolean oldPositionAlreadyGone(StepResult close) {
    return close.rejection().map(r -> r.reason() == RejectReason.NO_POSITION).orElse(false)
        && position().isEmpty();
  }

  private ProcedureReport fail(String summary, Optional<Contracts> original) {
    return finishReading(
        ProcedureStatus.FAILED, summary, original, request().slot().maintenanceCount());
  }

  private String summary(MaintenancePlanned plan, StepResult open, TrimDecided trim) {
    return "closed "
        + plan.oldSize()
        + ", opened "
        + open.filled()
        + trim.trimSize().map(t -> ", trimmed " + t).orElse(", no trim")
        + "; "
        + trim.remaining()
        + " contracts remain"
        + trim.note().map(n -> " (" + n + ")").orElse("");
  }
}
