package io.anchorkeeper.app.persistence;

import io.anchorkeeper.core.id.ProcedureId;
import java.util.Objects;

/** What {@link ProcedureStore#begin} did: the slot is now the procedure's, or it was not free. */
public sealed interface BeginOutcome {

  /** The procedure holds the slot's claim and is recorded as running. */
  record Started(ProcedureId procedure) implements BeginOutcome {
    public Started {
      Objects.requireNonNull(procedure, "procedure must not be null");
    }
  }

  /** Another procedure runs on the slot (SPEC invariant 2); nothing was recorded. */
  record Busy(ProcedureId running) implements BeginOutcome {
    public Busy {
      Objects.requireNonNull(running, "running must not be null");
    }
  }

  /**
   * The slot's maintenance count is no longer the one the request was built with (a procedure
   * finished in between); nothing was recorded. Build the request again from the current count.
   */
  record StaleCount(int requested, int current) implements BeginOutcome {}
}
