package io.anchorkeeper.bench.jmh;

import io.anchorkeeper.app.engine.ProcedureLedger;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.journal.ProcedureHistory;
import io.anchorkeeper.core.journal.ProcedureStarted;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A ledger that answers every procedure with "busy", so a benchmark never trades, and counts how
 * often it was asked: a quiet tick must ask for nothing.
 */
final class BusyLedger implements ProcedureLedger {

  private final AtomicLong asked = new AtomicLong();

  @Override
  public Optional<ProcedureId> begin(ProcedureStarted started) {
    asked.incrementAndGet();
    return Optional.of(started.request().id());
  }

  @Override
  public List<ProcedureHistory> unfinished() {
    return List.of();
  }

  @Override
  public Optional<ProcedureHistory> history(ProcedureId procedure) {
    return Optional.empty();
  }

  long asked() {
    return asked.get();
  }
}
