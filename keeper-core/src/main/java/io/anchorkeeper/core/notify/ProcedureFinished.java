package io.anchorkeeper.core.notify;

import io.anchorkeeper.core.record.ProcedureReport;
import java.time.Instant;
import java.util.Objects;

/** A procedure ended; the report holds every step (the seed's maintenance message). */
public record ProcedureFinished(ProcedureReport report) implements Notification {

  public ProcedureFinished {
    Objects.requireNonNull(report, "report must not be null");
  }

  @Override
  public Instant at() {
    return report.finishedAt();
  }
}
