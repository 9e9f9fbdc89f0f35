package io.anchorkeeper.app.persistence;

import io.anchorkeeper.core.journal.ProcedureHistory;
import io.anchorkeeper.core.record.ProcedureRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * A procedure recorded as running when the process (or the instance holding its account) stopped.
 *
 * @param request what was asked, as recorded by {@link ProcedureStore#begin}
 * @param history its journal, empty when it stopped after {@code begin} but before its first entry:
 *     nothing reached the exchange then, so it can simply be started with the same request
 */
public record UnfinishedProcedure(ProcedureRequest request, Optional<ProcedureHistory> history) {

  public UnfinishedProcedure {
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(history, "history must not be null");
  }
}
