package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.record.ProcedureReport;
import java.util.concurrent.CompletableFuture;

/** The answer to a procedure command: started, busy, or refused before anything was journaled. */
public sealed interface Submission {

  /** The procedure began; {@code done} completes with its report. */
  record Started(ProcedureId id, CompletableFuture<ProcedureReport> done) implements Submission {}

  /** The slot is running another procedure. */
  record Busy(ProcedureId running) implements Submission {}

  /** The command cannot run (an unknown slot, an invalid amount); nothing was journaled. */
  record Refused(String reason) implements Submission {}
}
