package io.anchorkeeper.bench.keeper;

import io.anchorkeeper.app.engine.RunnerListener;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureRequest;

/** Each procedure's start and end, stamped on the procedure's own thread. */
final class ProcedureEvents implements RunnerListener {

  private final EventLog log;

  ProcedureEvents(EventLog log) {
    this.log = log;
  }

  @Override
  public void onStarted(ProcedureRequest request) {
    log.record(System.nanoTime(), "started", request.slot().id() + " " + request.type());
  }

  @Override
  public void onFinished(ProcedureReport report) {
    ProcedureRequest request = report.request();
    log.record(
        System.nanoTime(),
        "finished",
        request.slot().id()
            + " "
            + request.type()
            + " "
            + report.status()
            + " "
            + report.orders().size()
            + " "
            + report.marginSteps().size()
            + " "
            + report.remainingMargin().map(m -> m.toString()).orElse("-"));
  }
}
