package io.anchorkeeper.core.procedure;

import io.anchorkeeper.core.journal.ProcedureHistory;
import io.anchorkeeper.core.journal.ProcedureStarted;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.settings.AnchorSettings;
import java.util.List;

/** Starts and resumes procedures; both lead to the same run over the journal. */
public final class Procedures {

  private Procedures() {}

  /** Journals the request as the procedure's first event and returns its run. */
  public static ProcedureRun start(
      ProcedureRequest request, AnchorSettings settings, ProcedureContext context) {
    ProcedureStarted started = new ProcedureStarted(request, context.clock().instant());
    ProcedureHistory history = ProcedureHistory.of(List.of(started));
    context.journal().append(request.id(), started);
    return resume(history, settings, context);
  }

  /**
   * The run of a journaled procedure. It replays what the history holds and goes on from there; an
   * order whose answer is missing is looked up by its client id first.
   */
  public static ProcedureRun resume(
      ProcedureHistory history, AnchorSettings settings, ProcedureContext context) {
    switch (history.request().type()) {
      case NORMAL_MAINTENANCE:
      case SUPER_MAINTENANCE:
        return new MaintenanceRun(context, history, settings);
      case MARGIN_CORRECTION:
        return new MarginCorrectionRun(context, history, settings);
      case AUTO_OPEN:
        return new AutoOpenRun(context, history, settings);
      case TAKE_PROFIT:
        return new TakeProfitRun(context, history, settings);
      default:
        throw new IllegalArgumentException("unknown procedure type " + history.request().type());
    }
  }
}
