package io.anchorkeeper.app.persistence;

import io.anchorkeeper.app.persistence.json.CoreJsonCodec;
import io.anchorkeeper.app.persistence.json.JournalEventTypes;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.journal.Journal;
import io.anchorkeeper.core.journal.JournalEvent;
import io.anchorkeeper.core.record.ProcedureReport;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The journal in the database. Each call runs in a transaction of its own (a new one even when the
 * caller has one open), so it is durable when it returns, as {@link Journal} promises.
 *
 * <p>{@link #finish} records the report, the slot's count and claim, and the procedure's end in one
 * transaction, and does nothing when the procedure has already finished: a run resumed after a
 * crash between the commit and the return finishes again harmlessly.
 */
public final class JdbcJournal implements Journal {

  private static final Logger log = LoggerFactory.getLogger(JdbcJournal.class);

  private static final String APPEND =
      """
      insert into journal_entries (procedure_id, seq, event_type, payload, recorded_at)
      select p.id,
             coalesce((select max(j.seq) from journal_entries j where j.procedure_id = p.id), 0) + 1,
             :eventType, :payload, :recordedAt
      from procedures p
      where p.id = :id and p.status = 'RUNNING'
      """;

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final CoreJsonCodec json;
  private final Clock clock;
  private final ReportWriter reports;

  public JdbcJournal(
      JdbcClient jdbc, PlatformTransactionManager transactions, CoreJsonCodec json, Clock clock) {
    this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
    this.json = Objects.requireNonNull(json, "json must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.reports = new ReportWriter(jdbc, json);
  }

  /**
   * Appends the event as the procedure's next entry.
   *
   * @throws IllegalStateException when the procedure was never begun or has finished: a finished
   *     procedure's journal is closed
   */
  @Override
  public void append(ProcedureId procedure, JournalEvent event) {
    String eventType = JournalEventTypes.nameOf(event);
    String payload = json.writeEvent(event);
    Integer appended =
        ownTransaction.execute(
            status ->
                jdbc.sql(APPEND)
                    .param("id", procedure.value())
                    .param("eventType", eventType)
                    .param("payload", payload)
                    .param("recordedAt", Columns.timestamp(clock.instant()))
                    .update());
    if (appended == null || appended != 1) {
      throw new IllegalStateException(
          "cannot journal "
              + eventType
              + " for procedure "
              + procedure
              + ": it was never begun or has finished");
    }
  }

  /**
   * Ends the procedure: its status, summary and end time, the report with its orders and margin
   * steps, the slot's count ({@link ProcedureReport#countAfter()}), and the slot's claim cleared if
   * this procedure holds it, all in one transaction. Calling it again for a finished procedure
   * changes nothing.
   *
   * @throws IllegalStateException when the procedure was never begun
   */
  @Override
  public void finish(ProcedureReport report) {
    ownTransaction.executeWithoutResult(
        status -> {
          if (markFinished(report)) {
            updateSlot(report);
            reports.insert(report);
          } else {
            requireBegun(report.request().id());
          }
        });
  }

  /** True when this call ended the procedure, false when it had ended already. */
  private boolean markFinished(ProcedureReport report) {
    return jdbc.sql(
                """
                update procedures set status = :status, summary = :summary, finished_at = :at
                where id = :id and status = 'RUNNING'
                """)
            .param("status", report.status().name())
            .param("summary", report.summary())
            .param("at", Columns.timestamp(report.finishedAt()))
            .param("id", report.request().id().value())
            .update()
        == 1;
  }

  private void updateSlot(ProcedureReport report) {
    var slot = report.request().slot().id();
    var now = Columns.timestamp(clock.instant());
    int released =
        jdbc.sql(
                "update slots set maintenance_count = :count, running_procedure_id = null,"
                    + " updated_at = :now where "
                    + Columns.SLOT_KEY
                    + " and running_procedure_id = :id")
            .params(Columns.slotKey(slot))
            .param("count", report.countAfter())
            .param("now", now)
            .param("id", report.request().id().value())
            .update();
    if (released == 0) {
      log.warn(
          "procedure {} finished without holding the claim on slot {}; count set to {} anyway",
          report.request().id(),
          slot,
          report.countAfter());
      jdbc.sql(
              "update slots set maintenance_count = :count, updated_at = :now where "
                  + Columns.SLOT_KEY)
          .params(Columns.slotKey(slot))
          .param("count", report.countAfter())
          .param("now", now)
          .update();
    }
  }

  private void requireBegun(ProcedureId procedure) {
    long known =
        jdbc.sql("select count(*) from procedures where id = :id")
            .param("id", procedure.value())
            .query(Long.class)
            .single();
    if (known == 0) {
      throw new IllegalStateException("cannot finish procedure " + procedure + ": never begun");
    }
    log.info("procedure {} had finished already; its report is kept as first written", procedure);
  }
}
