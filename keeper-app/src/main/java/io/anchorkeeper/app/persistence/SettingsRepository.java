package io.anchorkeeper.app.persistence;

import io.anchorkeeper.app.persistence.json.CoreJsonCodec;
import io.anchorkeeper.core.settings.SettingsOverrides;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The global settings overrides and the history of every settings change. Overrides are stored as
 * given: validate them first ({@link SettingsOverrides#applyTo}); a slot's own overrides are kept
 * by {@link SlotRepository}.
 */
public final class SettingsRepository {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final CoreJsonCodec json;
  private final Clock clock;
  private final SettingsAudit audit;

  public SettingsRepository(
      JdbcClient jdbc, PlatformTransactionManager transactions, CoreJsonCodec json, Clock clock) {
    this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
    this.transaction = new TransactionTemplate(transactions);
    this.json = Objects.requireNonNull(json, "json must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.audit = new SettingsAudit(jdbc, json, clock);
  }

  public SettingsOverrides globalOverrides() {
    return json.readOverrides(
        jdbc.sql("select overrides from settings where scope = 'global'")
            .query(String.class)
            .single());
  }

  /** Replaces the global overrides and records who changed them from what, in one transaction. */
  public void setGlobalOverrides(SettingsOverrides overrides, String changedBy) {
    Objects.requireNonNull(overrides, "overrides must not be null");
    transaction.executeWithoutResult(
        status -> {
          SettingsOverrides before =
              json.readOverrides(
                  jdbc.sql("select overrides from settings where scope = 'global' for update")
                      .query(String.class)
                      .single());
          jdbc.sql(
                  "update settings set overrides = :overrides, updated_at = :now"
                      + " where scope = 'global'")
              .param("overrides", json.writeOverrides(overrides))
              .param("now", Columns.timestamp(clock.instant()))
              .update();
          audit.record(SettingsScope.global(), changedBy, before, overrides);
        });
  }

  /** Every settings change, global and per slot, newest first. */
  public List<SettingsChange> history(int limit) {
    return audit.list(Optional.empty(), limit);
  }

  /** The changes of one scope, newest first. */
  public List<SettingsChange> history(SettingsScope scope, int limit) {
    return audit.list(Optional.of(scope), limit);
  }
}
