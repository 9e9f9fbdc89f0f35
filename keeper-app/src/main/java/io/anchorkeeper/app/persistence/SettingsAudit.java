package io.anchorkeeper.app.persistence;

import io.anchorkeeper.app.persistence.json.CoreJsonCodec;
import io.anchorkeeper.core.settings.SettingsOverrides;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The settings history, shared by the global and the per-slot overrides. It opens no transaction:
 * callers record a change in the transaction that makes it.
 */
final class SettingsAudit {

  private final JdbcClient jdbc;
  private final CoreJsonCodec json;
  private final Clock clock;

  SettingsAudit(JdbcClient jdbc, CoreJsonCodec json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /**
   * @param changedBy who made the change, e.g. {@code api:owner}; 1-64 characters
   */
  void record(
      SettingsScope scope, String changedBy, SettingsOverrides before, SettingsOverrides after) {
    if (changedBy == null || changedBy.isBlank() || changedBy.length() > 64) {
      throw new IllegalArgumentException(
          "changedBy must be 1-64 characters, was '" + changedBy + "'");
    }
    jdbc.sql(
            """
            insert into settings_history (scope, changed_by, overrides_before, overrides_after,
                changed_at)
            values (:scope, :changedBy, :before, :after, :at)
            """)
        .param("scope", scope.key())
        .param("changedBy", changedBy)
        .param("before", json.writeOverrides(before))
        .param("after", json.writeOverrides(after))
        .param("at", Columns.timestamp(clock.instant()))
        .update();
  }

  /** Changes newest first, of one scope or of all. */
  List<SettingsChange> list(Optional<SettingsScope> scope, int limit) {
    QueryBounds.requireLimit(limit);
    SqlWhere where = new SqlWhere().equal("scope", scope.map(SettingsScope::key));
    return jdbc.sql(
            "select id, scope, changed_by, overrides_before, overrides_after, changed_at"
                + " from settings_history"
                + where.clause()
                + " order by changed_at desc, id desc limit :limit")
        .params(where.params())
        .param("limit", limit)
        .query(
            (row, n) ->
                new SettingsChange(
                    row.getLong("id"),
                    SettingsScope.parse(row.getString("scope")),
                    row.getString("changed_by"),
                    json.readOverrides(row.getString("overrides_before")),
                    json.readOverrides(row.getString("overrides_after")),
                    Columns.instant(row, "changed_at")))
        .list();
  }
}
