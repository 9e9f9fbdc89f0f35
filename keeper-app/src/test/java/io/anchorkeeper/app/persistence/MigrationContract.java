package io.anchorkeeper.app.persistence;

import static io.anchorkeeper.app.persistence.CoreSamples.SUB_LONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.core.slot.AccountKind;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** The Flyway scripts apply on this database and their constraints hold. */
abstract class MigrationContract extends RepositoryContract {

  private Flyway flyway() {
    return Flyway.configure()
        .dataSource(database().dataSource())
        .locations("classpath:db/migration")
        .load();
  }

  @Test
  void everyMigrationIsAppliedAndValidatesAgainstTheScripts() {
    MigrationInfo[] applied = flyway().info().applied();

    assertThat(applied).isNotEmpty();
    assertThat(applied).allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
    MigrationInfo[] scripts = flyway().info().all();
    assertThat(flyway().info().current().getVersion())
        .isEqualTo(scripts[scripts.length - 1].getVersion());
    assertThat(flyway().info().pending()).isEmpty();
    flyway().validate();
    assertThat(flyway().migrate().migrationsExecuted).isZero();
  }

  @Test
  void everyTableExists() {
    for (String table :
        List.of(
            "slots",
            "procedures",
            "journal_entries",
            "procedure_reports",
            "report_orders",
            "margin_adjustments",
            "alerts",
            "settings",
            "settings_history",
            "account_leases",
            "users",
            "api_tokens",
            "slot_samples")) {
      assertThat(rows(table)).as(table).isGreaterThanOrEqualTo(0);
    }
    assertThat(rows("settings where scope = 'global' and overrides = '{}'")).isEqualTo(1);
  }

  @Test
  void checkConstraintsRefuseValuesOutsideTheirEnums() {
    assertThatThrownBy(() -> insertSlot("OTHER", "long", 0))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> insertSlot("SUB", "LONG", 0))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> insertSlot("SUB", "long", -1))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(rows("slots")).isZero();
  }

  @Test
  void aClaimMustNameARecordedProcedure() {
    slots.ensure(SUB_LONG, AccountKind.SUB);

    assertThatThrownBy(
            () ->
                jdbc.sql("update slots set running_procedure_id = 'nosuchprocedure0000000'")
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void aSlotKeyIsUnique() {
    insertSlot("SUB", "long", 0);

    assertThatThrownBy(() -> insertSlot("SUB", "long", 0))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  private void insertSlot(String kind, String side, int count) {
    jdbc.sql(
            "insert into slots (account, inst_id, pos_side, account_kind, maintenance_count,"
                + " created_at, updated_at) values ('Wu666666', 'CRO-USDT-SWAP', :side, :kind,"
                + " :count, current_timestamp, current_timestamp)")
        .param("side", side)
        .param("kind", kind)
        .param("count", count)
        .update();
  }
}
