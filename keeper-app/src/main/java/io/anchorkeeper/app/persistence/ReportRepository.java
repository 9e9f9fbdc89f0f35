package io.anchorkeeper.app.persistence;

import io.anchorkeeper.app.persistence.json.CoreJsonCodec;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.port.MarginChange;
import io.anchorkeeper.core.port.MarginDirection;
import io.anchorkeeper.core.record.MarginStep;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.value.Usdt;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finished procedures' records (SPEC section 6) as {@link JdbcJournal#finish} wrote them. Reports
 * are rebuilt from their stored JSON, exactly as written; margin steps come from their columns.
 */
public final class ReportRepository {

  private final JdbcClient jdbc;
  private final CoreJsonCodec json;

  public ReportRepository(JdbcClient jdbc, CoreJsonCodec json) {
    this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
    this.json = Objects.requireNonNull(json, "json must not be null");
  }

  public Optional<ProcedureReport> find(ProcedureId procedure) {
    return jdbc.sql("select r.report from procedure_reports r where r.procedure_id = :id")
        .param("id", procedure.value())
        .query((row, n) -> json.readReport(row.getString("report")))
        .optional();
  }

  /** Reports the query selects, newest first; its time range applies to when they finished. */
  public List<ProcedureReport> list(ProcedureQuery query) {
    SqlWhere where = ProcedureFilter.where(query, "r", "r", "r.finished_at");
    return jdbc.sql(
            "select r.report from procedure_reports r"
                + where.clause()
                + " order by r.finished_at desc, r.procedure_id desc limit :limit")
        .params(where.params())
        .param("limit", query.limit())
        .query((row, n) -> json.readReport(row.getString("report")))
        .list();
  }

  /**
   * Margin steps of the reports the query selects (types and statuses are the reports'), newest
   * first; the time range applies to the steps. Amounts carry the columns' 18 decimal places.
   */
  public List<MarginAdjustment> marginAdjustments(ProcedureQuery query) {
    SqlWhere where = ProcedureFilter.where(query, "m", "r", "m.occurred_at");
    return jdbc.sql(
            "select m.procedure_id, m.account, m.inst_id, m.pos_side, m.step, m.direction,"
                + " m.amount, m.margin_before, m.applied, m.refusal, m.occurred_at"
                + " from margin_adjustments m"
                + " join procedure_reports r on r.procedure_id = m.procedure_id"
                + where.clause()
                + " order by m.occurred_at desc, m.procedure_id desc, m.seq desc limit :limit")
        .params(where.params())
        .param("limit", query.limit())
        .query(ReportRepository::marginAdjustment)
        .list();
  }

  private static MarginAdjustment marginAdjustment(ResultSet row, int rowNum) throws SQLException {
    MarginStep step =
        new MarginStep(
            row.getInt("step"),
            new MarginChange(
                MarginDirection.valueOf(row.getString("direction")),
                Usdt.of(row.getBigDecimal("amount"))),
            Usdt.of(row.getBigDecimal("margin_before")),
            row.getBoolean("applied"),
            Columns.optionalText(row, "refusal"),
            Columns.instant(row, "occurred_at"));
    return new MarginAdjustment(
        ProcedureId.parse(row.getString("procedure_id")), Columns.slot(row), step);
  }
}
