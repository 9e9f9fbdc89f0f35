package io.anchorkeeper.core.procedure;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.journal.JournalWriter;
import io.anchorkeeper.core.journal.ProcedureHistory;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Usdt;
import java.util.Optional;

/**
 * One run of a procedure, fresh or resumed: the two are the same code over the journal. Subclasses
 * write the steps; this class holds what every procedure shares and writes the report.
 */
public abstract class ProcedureRun {

  final ProcedureContext context;
  final JournalWriter journal;
  final AnchorSettings settings;
  final Calls calls;
  final OrderExecutor orders;
  final MarginExecutor margins;

  ProcedureRun(ProcedureContext context, ProcedureHistory history, AnchorSettings settings) {
    this.context = context;
    this.journal = new JournalWriter(context.journal(), history);
    this.settings = settings;
    this.calls = new Calls(context);
    SlotId slot = history.request().slot().id();
    this.orders = new OrderExecutor(context, journal, slot);
    this.margins = new MarginExecutor(context, journal, slot);
  }

  /**
   * Runs to the end and returns the report, which the journal has recorded. Throws {@link
   * ProcedureInterrupted} when the exchange stays unreachable; the journal then holds all that
   * happened and a later run resumes from there.
   */
  public abstract ProcedureReport run();

  protected ProcedureRequest request() {
    return journal.history().request();
  }

  protected SlotId slot() {
    return request().slot().id();
  }

  protected InstrumentSpec spec() {
    return calls.read(
        "reading " + slot().instrument(), () -> context.exchange().instrument(slot().instrument()));
  }

  protected Optional<PositionSnapshot> position() {
    return calls.read("reading " + slot(), () -> context.exchange().position(slot()));
  }

  /** Ends with nothing traded, for the given reason. */
  protected ProcedureReport refuse(String reason) {
    return finish(
        ProcedureStatus.REFUSED,
        reason,
        Optional.empty(),
        request().slot().maintenanceCount(),
        Optional.empty());
  }

  /** Ends with the slot's position read afterwards, so the report says what is left. */
  protected ProcedureReport finishReading(
      ProcedureStatus status, String summary, Optional<Contracts> originalSize, int countAfter) {
    return finish(status, summary, originalSize, countAfter, Optional.of(position()));
  }

  private ProcedureReport finish(
      ProcedureStatus status,
      String summary,
      Optional<Contracts> originalSize,
      int countAfter,
      Optional<Optional<PositionSnapshot>> after) {
    ProcedureHistory history = journal.history();
    Usdt notional =
        history.executedOrders().isEmpty()
            ? Usdt.ZERO
            : Reports.tradedNotional(spec(), history.executedOrders());
    return journal.finish(
        new ProcedureReport(
            request(),
            status,
            summary,
            originalSize,
            history.executedOrders(),
            history.marginSteps(),
            notional,
            after.map(p -> p.map(PositionSnapshot::size).orElse(Contracts.ZERO)),
            after.map(p -> p.map(PositionSnapshot::margin).orElse(Usdt.ZERO)),
            countAfter,
            context.clock().instant()));
  }
}
