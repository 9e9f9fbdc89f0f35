package io.anchorkeeper.core.journal;

import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.record.ProcedureReport;

/** Where procedures write their history. Both calls are durable when they return. */
public interface Journal {

  /** Appends one event to the procedure's history. */
  void append(ProcedureId procedure, JournalEvent event);

  /**
   * Ends the procedure with its report: in one transaction the report is recorded, the slot's
   * maintenance count becomes {@link ProcedureReport#countAfter()}, and the procedure stops being
   * one to resume.
   */
  void finish(ProcedureReport report);
}
