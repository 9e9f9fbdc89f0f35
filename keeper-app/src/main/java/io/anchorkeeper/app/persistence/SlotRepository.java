package io.anchorkeeper.app.persistence;

import io.anchorkeeper.app.persistence.json.CoreJsonCodec;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.slot.SlotId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The slots the keeper manages. The maintenance count and the claim are not written here: {@link
 * ProcedureStore#begin} claims a slot and {@link JdbcJournal#finish} sets its count and releases
 * it.
 */
public final class SlotRepository {

  private static final String COLUMNS =
      "account, inst_id, pos_side, account_kind, maintenance_count, paused, overrides,"
          + " running_procedure_id, created_at, updated_at";

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final CoreJsonCodec json;
  private final Clock clock;
  private final SettingsAudit audit;

  public SlotRepository(
      JdbcClient jdbc, PlatformTransactionManager transactions, CoreJsonCodec json, Clock clock) {
    this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
    this.transaction = new TransactionTemplate(transactions);
    this.json = Objects.requireNonNull(json, "json must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.audit = new SettingsAudit(jdbc, json, clock);
  }

  /**
   * The slot's row, inserted with count 0, not paused and no overrides when absent. An existing row
   * is returned as it is, whatever {@code kind} says. Two callers ensuring the same new slot at
   * once both get it (the loser's duplicate key is expected); call it outside a surrounding
   * transaction, since on PostgreSQL that duplicate key would abort the caller's transaction.
   */
  public StoredSlot ensure(SlotId slot, AccountKind kind) {
    var now = Columns.timestamp(clock.instant());
    try {
      jdbc.sql(
              "insert into slots (account, inst_id, pos_side, account_kind, maintenance_count,"
                  + " paused, overrides, created_at, updated_at)"
                  + " select :account, :instId, :posSide, :kind, 0, false, :overrides, :now, :now"
                  + " where not exists (select 1 from slots where "
                  + Columns.SLOT_KEY
                  + ")")
          .params(Columns.slotKey(slot))
          .param("kind", kind.name())
          .param("overrides", json.writeOverrides(SettingsOverrides.none()))
          .param("now", now)
          .update();
    } catch (DuplicateKeyException concurrentEnsure) {
      // another caller inserted the same slot between our check and our insert: it exists now
    }
    return find(slot).orElseThrow(() -> new UnknownSlotException(slot));
  }

  public Optional<StoredSlot> find(SlotId slot) {
    return jdbc.sql("select " + COLUMNS + " from slots where " + Columns.SLOT_KEY)
        .params(Columns.slotKey(slot))
        .query(this::storedSlot)
        .optional();
  }

  /** Every slot, ordered by account, instrument and side (in Java, the same on every database). */
  public List<StoredSlot> list() {
    return sorted(jdbc.sql("select " + COLUMNS + " from slots").query(this::storedSlot).list());
  }

  /** The slots of one account, ordered by instrument and side. */
  public List<StoredSlot> list(AccountName account) {
    return sorted(
        jdbc.sql("select " + COLUMNS + " from slots where account = :account")
            .param("account", account.value())
            .query(this::storedSlot)
            .list());
  }

  /** The slot's count, empty for an unknown slot. */
  public OptionalInt maintenanceCount(SlotId slot) {
    return jdbc.sql("select maintenance_count from slots where " + Columns.SLOT_KEY)
        .params(Columns.slotKey(slot))
        .query(Integer.class)
        .optional()
        .map(OptionalInt::of)
        .orElse(OptionalInt.empty());
  }

  /** Pauses or resumes the slot (the engine starts nothing on a paused slot by itself). */
  public void setPaused(SlotId slot, boolean paused) {
    int updated =
        jdbc.sql("update slots set paused = :paused, updated_at = :now where " + Columns.SLOT_KEY)
            .params(Columns.slotKey(slot))
            .param("paused", paused)
            .param("now", Columns.timestamp(clock.instant()))
            .update();
    if (updated == 0) {
      throw new UnknownSlotException(slot);
    }
  }

  /**
   * Replaces the slot's overrides and records who changed them from what, in one transaction.
   * Overrides are stored as given: validate them first ({@link SettingsOverrides#applyTo}).
   */
  public void setOverrides(SlotId slot, SettingsOverrides overrides, String changedBy) {
    Objects.requireNonNull(overrides, "overrides must not be null");
    transaction.executeWithoutResult(
        status -> {
          SettingsOverrides before =
              jdbc.sql("select overrides from slots where " + Columns.SLOT_KEY + " for update")
                  .params(Columns.slotKey(slot))
                  .query(String.class)
                  .optional()
                  .map(json::readOverrides)
                  .orElseThrow(() -> new UnknownSlotException(slot));
          jdbc.sql(
                  "update slots set overrides = :overrides, updated_at = :now where "
                      + Columns.SLOT_KEY)
              .params(Columns.slotKey(slot))
              .param("overrides", json.writeOverrides(overrides))
              .param("now", Columns.timestamp(clock.instant()))
              .update();
          audit.record(SettingsScope.of(slot), changedBy, before, overrides);
        });
  }

  private static List<StoredSlot> sorted(List<StoredSlot> slots) {
    return slots.stream().sorted(Comparator.comparing(StoredSlot::id)).toList();
  }

  private StoredSlot storedSlot(ResultSet row, int rowNum) throws SQLException {
    return new StoredSlot(
        new AnchorSlot(
            Columns.slot(row),
            AccountKind.valueOf(row.getString("account_kind")),
            row.getInt("maintenance_count")),
        row.getBoolean("paused"),
        json.readOverrides(row.getString("overrides")),
        Columns.optionalText(row, "running_procedure_id").map(ProcedureId::parse),
        Columns.instant(row, "created_at"),
        Columns.instant(row, "updated_at"));
  }
}
