package io.anchorkeeper.app.engine.fakes;

import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.journal.Journal;
import io.anchorkeeper.core.journal.JournalEvent;
import io.anchorkeeper.core.record.ProcedureReport;

/** A journal that keeps nothing; no procedure runs in a benchmark. */
public final class DiscardingJournal implements Journal {

  @Override
  public void append(ProcedureId procedure, JournalEvent event) {}

  @Override
  public void finish(ProcedureReport report) {}
}
