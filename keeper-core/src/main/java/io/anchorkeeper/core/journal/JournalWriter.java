package io.anchorkeeper.core.journal;

import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.record.ProcedureReport;
import java.util.Objects;

/**
 * One procedure's pen: every event goes to the durable journal first and into the in-memory history
 * second, so the history never holds what a crash could lose.
 */
public final class JournalWriter {

  private final Journal journal;
  private final ProcedureHistory history;

  public JournalWriter(Journal journal, ProcedureHistory history) {
    this.journal = Objects.requireNonNull(journal, "journal must not be null");
    this.history = Objects.requireNonNull(history, "history must not be null");
  }

  public ProcedureId procedure() {
    return history.request().id();
  }

  public ProcedureHistory history() {
    return history;
  }

  /** Makes {@code event} durable, then remembers it; returns it for chaining. */
  public <E extends JournalEvent> E record(E event) {
    journal.append(procedure(), event);
    history.add(event);
    return event;
  }

  /** Ends the procedure with its report (see {@link Journal#finish}). */
  public ProcedureReport finish(ProcedureReport report) {
    journal.finish(report);
    return report;
  }
}
