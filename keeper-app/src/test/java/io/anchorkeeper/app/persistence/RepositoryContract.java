package io.anchorkeeper.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.app.persistence.json.CoreJsonCodec;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.slot.SlotId;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What every repository contract needs: a clean, migrated database (H2 or PostgreSQL, chosen by the
 * concrete test), the repositories over it, a hand-moved clock, and a few shortcuts.
 */
abstract class RepositoryContract {

  protected final TestClock clock = new TestClock(CoreSamples.T0);
  protected final CoreJsonCodec json = new CoreJsonCodec();

  protected JdbcClient jdbc;
  protected PlatformTransactionManager transactions;
  protected JdbcJournal journal;
  protected ProcedureStore procedures;
  protected ReportRepository reports;
  protected SlotRepository slots;
  protected SettingsRepository settings;
  protected AlertRepository alerts;
  protected LeaseRepository leases;

  /** The database of the concrete test; migrated once, cleaned before each test. */
  protected abstract TestDatabase database();

  @BeforeEach
  void connectToACleanDatabase() {
    database().clean();
    DataSource dataSource = database().dataSource();
    jdbc = JdbcClient.create(dataSource);
    transactions = new DataSourceTransactionManager(dataSource);
    journal = new JdbcJournal(jdbc, transactions, json, clock);
    procedures = new ProcedureStore(jdbc, transactions, json, clock);
    reports = new ReportRepository(jdbc, json);
    slots = new SlotRepository(jdbc, transactions, json, clock);
    settings = new SettingsRepository(jdbc, transactions, json, clock);
    alerts = new AlertRepository(jdbc);
    leases = new LeaseRepository(jdbc, transactions);
  }

  /** The slot's row, created if needed, as a procedure request needs it. */
  protected AnchorSlot slot(SlotId id, AccountKind kind) {
    return slots.ensure(id, kind).slot();
  }

  /** Begins the request, which must start. */
  protected ProcedureRequest begun(ProcedureRequest request) {
    assertThat(procedures.begin(request)).isEqualTo(new BeginOutcome.Started(request.id()));
    return request;
  }

  /** The number of rows {@code select count(*) from ...} counts. */
  protected long rows(String tableAndCondition) {
    return jdbc.sql("select count(*) from " + tableAndCondition).query(Long.class).single();
  }
}
