package io.anchorkeeper.core.journal;

import io.anchorkeeper.core.record.ProcedureRequest;
import java.time.Instant;
import java.util.Objects;

/** The first event of every procedure: what was asked. */
public record ProcedureStarted(ProcedureRequest request, Instant at) implements JournalEvent {

  public ProcedureStarted {
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }
}
