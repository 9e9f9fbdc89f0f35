package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.journal.Journal;
import io.anchorkeeper.core.journal.JournalEvent;
import io.anchorkeeper.core.record.ProcedureReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A journal in memory, for running core procedures against the adapter. */
final class RecordingJournal implements Journal {

  private final List<JournalEvent> events = new ArrayList<>();
  private ProcedureReport report;

  @Override
  public synchronized void append(ProcedureId procedure, JournalEvent event) {
    events.add(event);
  }

  @Override
  public synchronized void finish(ProcedureReport finished) {
    this.report = finished;
  }

  synchronized List<JournalEvent> events() {
    return List.copyOf(events);
  }

  synchronized Optional<ProcedureReport> report() {
    return Optional.ofNullable(report);
  }
}
