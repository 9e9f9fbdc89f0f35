package io.anchorkeeper.app.persistence;

import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.notify.Alert;
import io.anchorkeeper.core.notify.AlertKind;
import io.anchorkeeper.core.notify.Severity;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Alerts as they were raised (SPEC 3.7), for the dashboard and the API. */
public final class AlertRepository {

  private final JdbcClient jdbc;

  public AlertRepository(JdbcClient jdbc) {
    this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
  }

  /** Records the alert; returns its id. Figures are stored with 18 decimal places. */
  public long save(Alert alert) {
    Optional<SlotId> slot = alert.slot();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into alerts (kind, severity, account, inst_id, pos_side, profit_rate,
                threshold, margin, target, detail, occurred_at)
            values (:kind, :severity, :account, :instId, :posSide, :profitRate,
                :threshold, :margin, :target, :detail, :at)
            """)
        .param("kind", alert.kind().name())
        .param("severity", alert.severity().name())
        .param("account", Columns.text(slot.map(s -> s.account().value())))
        .param("instId", Columns.text(slot.map(s -> s.instrument().value())))
        .param("posSide", Columns.text(slot.map(s -> s.side().code())))
        .param("profitRate", Columns.decimal(alert.profitRate().map(Ratio::value)))
        .param("threshold", Columns.decimal(alert.threshold().map(Ratio::value)))
        .param("margin", Columns.decimal(alert.margin().map(Usdt::amount)))
        .param("target", Columns.decimal(alert.target().map(Usdt::amount)))
        .param("detail", alert.detail())
        .param("at", Columns.timestamp(alert.at()))
        .update(key, "id");
    Number id = key.getKey();
    if (id == null) {
      throw new IllegalStateException("the database returned no id for the alert");
    }
    return id.longValue();
  }

  /** Alerts the query selects, newest first. */
  public List<SavedAlert> list(AlertQuery query) {
    SqlWhere where =
        new SqlWhere()
            .equal("account", query.account().map(AccountName::value))
            .equal("account", query.slot().map(s -> s.account().value()))
            .equal("inst_id", query.slot().map(SlotId::instrument).map(InstrumentId::value))
            .equal("pos_side", query.slot().map(SlotId::side).map(PositionSide::code))
            .inNames("kind", query.kinds())
            .inNames(
                "severity", query.minSeverity().map(AlertRepository::atLeast).orElse(List.of()))
            .atOrAfter("occurred_at", query.from())
            .before("occurred_at", query.until());
    return jdbc.sql(
            "select id, kind, severity, account, inst_id, pos_side, profit_rate, threshold,"
                + " margin, target, detail, occurred_at from alerts"
                + where.clause()
                + " order by occurred_at desc, id desc limit :limit")
        .params(where.params())
        .param("limit", query.limit())
        .query(AlertRepository::savedAlert)
        .list();
  }

  private static List<Severity> atLeast(Severity min) {
    return Arrays.stream(Severity.values()).filter(s -> s.compareTo(min) >= 0).toList();
  }

  private static SavedAlert savedAlert(ResultSet row, int rowNum) throws SQLException {
    return new SavedAlert(
        row.getLong("id"),
        new Alert(
            AlertKind.valueOf(row.getString("kind")),
            Severity.valueOf(row.getString("severity")),
            Columns.optionalSlot(row),
            Columns.optionalDecimal(row, "profit_rate").map(Ratio::of),
            Columns.optionalDecimal(row, "threshold").map(Ratio::of),
            Columns.optionalDecimal(row, "margin").map(Usdt::of),
            Columns.optionalDecimal(row, "target").map(Usdt::of),
            row.getString("detail"),
            Columns.instant(row, "occurred_at")));
  }
}
