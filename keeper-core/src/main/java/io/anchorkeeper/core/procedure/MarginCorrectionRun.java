package io.anchorkeeper.core.procedure;

import io.anchorkeeper.core.correction.CorrectionAssessment;
import io.anchorkeeper.core.correction.CorrectionDecision;
import io.anchorkeeper.core.correction.MarginCorrectionPlanner;
import io.anchorkeeper.core.correction.StepCap;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.journal.MarginChangeSubmitted;
import io.anchorkeeper.core.journal.ProcedureHistory;
import io.anchorkeeper.core.margin.MarginBand;
import io.anchorkeeper.core.port.MarginChange;
import io.anchorkeeper.core.port.RejectReason;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.value.Usdt;
import java.util.Optional;

/**
 * Margin correction (SPEC 3.4): step after step, back to back, re-reading the position after each,
 * until the margin is inside its band. A step the exchange refuses as too large halves the step cap
 * and the run goes on; at the cap's floor it stops and says so.
 */
final class MarginCorrectionRun extends ProcedureRun {

  /** Steps one run may take; far more than a correction within the band rules needs. */
  static final int MAX_STEPS = 24;

  MarginCorrectionRun(ProcedureContext context, ProcedureHistory history, AnchorSettings settings) {
    super(context, history, settings);
  }

  @Override
  public ProcedureReport run() {
    InstrumentSpec spec = spec();
    StepCap cap = StepCap.initial(settings);
    int applied = 0;
    for (int step = 1; step <= MAX_STEPS; step++) {
      Optional<MarginChangeSubmitted> journaled = journal.history().marginSubmitted(step);
      MarginExecutor.Result result;
      if (journaled.isPresent()) {
        result = margins.resume(journaled.get());
      } else {
        Optional<PositionSnapshot> position = position();
        if (position.isEmpty()) {
          return end(applied, slot() + " holds no position; nothing to correct");
        }
        CorrectionAssessment assessment = assess(position.get(), spec, cap);
        CorrectionDecision decision = assessment.decision();
        if (decision instanceof CorrectionDecision.InBand) {
          return end(applied, inBand(assessment));
        }
        if (decision instanceof CorrectionDecision.CannotCorrect cannot) {
          return stop(applied, cannot.reason());
        }
        MarginChange change =
            decision instanceof CorrectionDecision.Reduce reduce
                ? MarginChange.reduce(reduce.amount())
                : MarginChange.add(((CorrectionDecision.Add) decision).amount());
        result = margins.submit(step, change, position.get().margin());
      }
      if (result.applied()) {
        applied++;
        continue;
      }
      var refusal = result.refusal().orElseThrow();
      if (refusal.reason() != RejectReason.MARGIN_LIMIT_EXCEEDED) {
        return stop(applied, "the exchange refused step " + step + ": " + refusal.describe());
      }
      Optional<StepCap> halved = cap.afterRefusal();
      if (halved.isEmpty()) {
        return stop(
            applied,
            "the exchange refuses even a step of "
                + cap.current().toCentsString()
                + " ("
                + refusal.describe()
                + ")");
      }
      cap = halved.get();
    }
    return stop(applied, "still outside the band after " + MAX_STEPS + " steps");
  }

  private CorrectionAssessment assess(PositionSnapshot position, InstrumentSpec spec, StepCap cap) {
    MarginBand band =
        settings.marginBand(request().slot().kind(), request().slot().maintenanceCount());
    Usdt free =
        position.margin().isLessThan(band.lower())
            ? calls.read(
                "reading the balance of " + slot().account(),
                () -> context.exchange().availableBalance(slot().account()))
            : Usdt.ZERO;
    return MarginCorrectionPlanner.assess(
        request().slot(), position, spec, position.markPrice(), settings, free, cap);
  }

  private static String inBand(CorrectionAssessment assessment) {
    return "margin "
        + assessment.margin().toCentsString()
        + " is inside "
        + assessment.band().describe();
  }

  private ProcedureReport end(int applied, String summary) {
    return applied == 0 ? refuse(summary) : done(ProcedureStatus.COMPLETED, applied, summary);
  }

  private ProcedureReport stop(int applied, String reason) {
    return applied == 0 ? refuse(reason) : done(ProcedureStatus.FAILED, applied, reason);
  }

  private ProcedureReport done(ProcedureStatus status, int applied, String summary) {
    return finishReading(
        status,
        applied + (applied == 1 ? " step; " : " steps; ") + summary,
        Optional.empty(),
        request().slot().maintenanceCount());
  }
}
