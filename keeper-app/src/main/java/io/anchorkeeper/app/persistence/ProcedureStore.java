package io.anchorkeeper.app.persistence;

import io.anchorkeeper.app.persistence.json.CoreJsonCodec;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.journal.JournalEvent;
import io.anchorkeeper.core.journal.ProcedureHistory;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.record.Trigger;
import io.anchorkeeper.core.record.TriggerSource;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Procedures as recorded: beginning one (the slot's one-writer claim), the running ones to resume,
 * and the lists the API shows. A procedure ends through {@link JdbcJournal#finish}.
 */
public final class ProcedureStore {

  /** A lost race is retried this often; each retry sees the winner and answers busy. */
  private static final int BEGIN_ATTEMPTS = 3;

  private static final String OVERVIEW_COLUMNS =
      "p.id, p.account, p.inst_id, p.pos_side, p.type, p.trigger_source, p.requested_by,"
          + " p.status, p.summary, p.created_at, p.finished_at";

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final CoreJsonCodec json;
  private final Clock clock;

  public ProcedureStore(
      JdbcClient jdbc, PlatformTransactionManager transactions, CoreJsonCodec json, Clock clock) {
    this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.json = Objects.requireNonNull(json, "json must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  /**
   * Claims the request's slot for it and records it as running, in one transaction of its own
   * (committed when {@code Started} is returned, so its journal can be written at once); or records
   * nothing and says why not. Safe across threads and across keeper instances sharing the database:
   * the claim is a conditional update of the slot's row, so of two concurrent begins exactly one
   * changes it; the other waits for the row, sees the claim and answers busy.
   *
   * @throws UnknownSlotException when the slot has no row ({@link SlotRepository#ensure} first)
   */
  public BeginOutcome begin(ProcedureRequest request) {
    for (int attempt = 1; attempt <= BEGIN_ATTEMPTS; attempt++) {
      Optional<BeginOutcome> outcome = tryBegin(request);
      if (outcome.isPresent()) {
        return outcome.get();
      }
    }
    throw new IllegalStateException(
        "slot " + request.slot().id() + " kept changing while " + request.id() + " began");
  }

  /** Every running procedure, oldest first, with its journal. */
  public List<UnfinishedProcedure> unfinished() {
    return unfinished(new SqlWhere());
  }

  /**
   * The running procedures of one account, oldest first: what an instance taking it over resumes.
   */
  public List<UnfinishedProcedure> unfinished(AccountName account) {
    return unfinished(new SqlWhere().equal("p.account", Optional.of(account.value())));
  }

  /** The procedure's journal in the order it was written; empty for an unknown procedure. */
  public List<JournalEvent> events(ProcedureId procedure) {
    return jdbc.sql(
            "select event_type, payload from journal_entries where procedure_id = :id order by seq")
        .param("id", procedure.value())
        .query((row, n) -> json.readEvent(row.getString("event_type"), row.getString("payload")))
        .list();
  }

  public Optional<ProcedureOverview> find(ProcedureId procedure) {
    return jdbc.sql("select " + OVERVIEW_COLUMNS + " from procedures p where p.id = :id")
        .param("id", procedure.value())
        .query(ProcedureStore::overview)
        .optional();
  }

  /** Procedures the query selects, newest first; its time range applies to their creation. */
  public List<ProcedureOverview> list(ProcedureQuery query) {
    SqlWhere where = ProcedureFilter.where(query, "p", "p", "p.created_at");
    return jdbc.sql(
            "select "
                + OVERVIEW_COLUMNS
                + " from procedures p"
                + where.clause()
                + " order by p.created_at desc, p.id desc limit :limit")
        .params(where.params())
        .param("limit", query.limit())
        .query(ProcedureStore::overview)
        .list();
  }

  private Optional<BeginOutcome> tryBegin(ProcedureRequest request) {
    return Objects.requireNonNull(transaction.execute(status -> tryBegin(request, status)));
  }

  /** One attempt in one transaction; empty when a concurrent begin won between read and claim. */
  private Optional<BeginOutcome> tryBegin(ProcedureRequest request, TransactionStatus status) {
    SlotId slot = request.slot().id();
    int requestedCount = request.slot().maintenanceCount();
    SlotClaim current =
        jdbc.sql(
                "select running_procedure_id, maintenance_count from slots where "
                    + Columns.SLOT_KEY)
            .params(Columns.slotKey(slot))
            .query(
                (row, n) ->
                    new SlotClaim(
                        Columns.optionalText(row, "running_procedure_id").map(ProcedureId::parse),
                        row.getInt("maintenance_count")))
            .optional()
            .orElseThrow(() -> new UnknownSlotException(slot));
    if (current.running().isPresent()) {
      return Optional.of(new BeginOutcome.Busy(current.running().get()));
    }
    if (current.count() != requestedCount) {
      return Optional.of(new BeginOutcome.StaleCount(requestedCount, current.count()));
    }
    insertRunning(request);
    int claimed =
        jdbc.sql(
                "update slots set running_procedure_id = :id, updated_at = :now where "
                    + Columns.SLOT_KEY
                    + " and running_procedure_id is null and maintenance_count = :count")
            .params(Columns.slotKey(slot))
            .param("id", request.id().value())
            .param("now", Columns.timestamp(clock.instant()))
            .param("count", requestedCount)
            .update();
    if (claimed == 1) {
      return Optional.of(new BeginOutcome.Started(request.id()));
    }
    status.setRollbackOnly();
    return Optional.empty();
  }

  private void insertRunning(ProcedureRequest request) {
    jdbc.sql(
            """
            insert into procedures (id, account, inst_id, pos_side, type, trigger_source,
                requested_by, status, request, created_at)
            values (:id, :account, :instId, :posSide, :type, :triggerSource,
                :requestedBy, 'RUNNING', :request, :createdAt)
            """)
        .param("id", request.id().value())
        .params(Columns.slotKey(request.slot().id()))
        .param("type", request.type().name())
        .param("triggerSource", request.trigger().source().name())
        .param("requestedBy", request.trigger().requestedBy())
        .param("request", json.writeRequest(request))
        .param("createdAt", Columns.timestamp(clock.instant()))
        .update();
  }

  /**
   * One statement, so the requests and the journals are read from the same state of the database
   * even while procedures finish.
   */
  private List<UnfinishedProcedure> unfinished(SqlWhere filter) {
    String where = filter.clause().isEmpty() ? " where " : filter.clause() + " and ";
    Map<String, ProcedureRequest> requests = new LinkedHashMap<>();
    Map<String, List<JournalEvent>> events = new LinkedHashMap<>();
    jdbc.sql(
            "select p.id, p.request, j.event_type, j.payload from procedures p"
                + " left join journal_entries j on j.procedure_id = p.id"
                + where
                + "p.status = 'RUNNING' order by p.created_at, p.id, j.seq")
        .params(filter.params())
        .query(
            (ResultSet row) -> {
              String id = row.getString("id");
              if (!requests.containsKey(id)) {
                requests.put(id, json.readRequest(row.getString("request")));
              }
              Optional<String> type = Columns.optionalText(row, "event_type");
              if (type.isPresent()) {
                events
                    .computeIfAbsent(id, i -> new ArrayList<>())
                    .add(json.readEvent(type.get(), row.getString("payload")));
              }
            });
    List<UnfinishedProcedure> unfinished = new ArrayList<>();
    requests.forEach(
        (id, request) ->
            unfinished.add(
                new UnfinishedProcedure(
                    request, Optional.ofNullable(events.get(id)).map(ProcedureHistory::of))));
    return unfinished;
  }

  private static ProcedureOverview overview(ResultSet row, int rowNum) throws SQLException {
    return new ProcedureOverview(
        ProcedureId.parse(row.getString("id")),
        Columns.slot(row),
        ProcedureType.valueOf(row.getString("type")),
        new Trigger(
            TriggerSource.valueOf(row.getString("trigger_source")), row.getString("requested_by")),
        ProcedureStatus.valueOf(row.getString("status")),
        Columns.optionalText(row, "summary"),
        Columns.instant(row, "created_at"),
        Columns.optionalInstant(row, "finished_at"));
  }

  /** The slot's claim and count as {@link #begin} reads them. */
  private record SlotClaim(Optional<ProcedureId> running, int count) {}
}
