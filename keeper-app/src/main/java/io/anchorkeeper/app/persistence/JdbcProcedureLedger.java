package io.anchorkeeper.app.persistence;

import io.anchorkeeper.app.engine.ProcedureLedger;
import io.anchorkeeper.app.engine.StaleCountException;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.journal.Journal;
import io.anchorkeeper.core.journal.ProcedureHistory;
import io.anchorkeeper.core.journal.ProcedureStarted;
import io.anchorkeeper.core.record.ProcedureStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The engine's ledger over the procedure store and the journal. {@code begin} claims the slot and
 * then journals the first event; a crash between the two leaves a procedure without history, which
 * {@link #unfinished} starts again from its stored request (nothing reached the exchange yet).
 */
public final class JdbcProcedureLedger implements ProcedureLedger {

  private final ProcedureStore store;
  private final Journal journal;
  private final Clock clock;

  public JdbcProcedureLedger(ProcedureStore store, Journal journal, Clock clock) {
    this.store = store;
    this.journal = journal;
    this.clock = clock;
  }

  @Override
  public Optional<ProcedureId> begin(ProcedureStarted started) {
    BeginOutcome outcome = store.begin(started.request());
    if (outcome instanceof BeginOutcome.Busy busy) {
      return Optional.of(busy.running());
    }
    if (outcome instanceof BeginOutcome.StaleCount stale) {
      throw new StaleCountException(stale.requested(), stale.current());
    }
    journal.append(started.request().id(), started);
    return Optional.empty();
  }

  @Override
  public List<ProcedureHistory> unfinished() {
    return store.unfinished().stream()
        .map(
            u ->
                u.history()
                    .orElseGet(
                        () -> {
                          ProcedureStarted started =
                              new ProcedureStarted(u.request(), clock.instant());
                          journal.append(u.request().id(), started);
                          return ProcedureHistory.of(List.of(started));
                        }))
        .toList();
  }

  @Override
  public Optional<ProcedureHistory> history(ProcedureId procedure) {
    return store
        .find(procedure)
        .filter(p -> p.status() == ProcedureStatus.RUNNING)
        .map(p -> store.events(procedure))
        .filter(events -> !events.isEmpty())
        .map(ProcedureHistory::of);
  }
}
