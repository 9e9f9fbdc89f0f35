package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.journal.ProcedureHistory;
import io.anchorkeeper.core.journal.ProcedureStarted;
import java.util.List;
import java.util.Optional;

/**
 * The durable side of the one-writer rule: a procedure begins only if its slot is not claimed by
 * another, across every keeper instance sharing the database.
 */
public interface ProcedureLedger {

  /**
   * Claims the slot, records the procedure as running and journals its first event. Returns empty
   * when it began, or the id of the procedure that holds the slot; throws {@link
   * StaleCountException} when the slot's count is no longer the request's.
   */
  Optional<ProcedureId> begin(ProcedureStarted started);

  /** Every procedure that began and has not finished, with its journal, oldest first. */
  List<ProcedureHistory> unfinished();

  /** The journal of an unfinished procedure; empty when it has finished (or never began). */
  Optional<ProcedureHistory> history(ProcedureId procedure);
}
