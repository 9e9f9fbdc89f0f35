package io.anchorkeeper.app.engine;

import io.anchorkeeper.app.okx.OkxAccount;
import io.anchorkeeper.app.okx.OkxAccounts;
import io.anchorkeeper.app.okx.OkxAdapterSettings;
import io.anchorkeeper.app.okx.OkxConnections;
import io.anchorkeeper.app.okx.OkxExchange;
import io.anchorkeeper.app.persistence.JdbcJournal;
import io.anchorkeeper.app.persistence.JdbcProcedureLedger;
import io.anchorkeeper.app.persistence.JdbcSlotStore;
import io.anchorkeeper.app.persistence.ProcedureStore;
import io.anchorkeeper.app.persistence.ReportRepository;
import io.anchorkeeper.app.persistence.SlotRepository;
import io.anchorkeeper.app.persistence.TestDatabase;
import io.anchorkeeper.app.persistence.json.CoreJsonCodec;
import io.anchorkeeper.core.journal.Journal;
import io.anchorkeeper.core.procedure.Pause;
import io.anchorkeeper.core.procedure.ProcedureContext;
import io.anchorkeeper.core.procedure.RetryPolicy;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.okx.client.OkxClientFactory;
import io.anchorkeeper.okx.client.OkxConfig;
import io.anchorkeeper.okx.client.auth.OkxCredentials;
import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import io.anchorkeeper.okx.emulator.engine.AccountSpec;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * One keeper's world for crash tests, without Spring: an emulator over loopback (prices held
 * still), a fresh H2 database, the OKX adapter, and runners that can be stopped and started again
 * on the same database, as a process that crashes and restarts.
 */
final class CrashWorld implements AutoCloseable {

  static final String ACCOUNT = "s1";
  static final Duration EXPIRY = Duration.ofMillis(800);

  final OkxEmulator emulator;
  final TestDatabase db = TestDatabase.h2();
  final OkxClientFactory factory;
  final OkxConnections connections;
  final OkxExchange exchange;
  final SlotRepository slots;
  final ProcedureStore store;
  final JdbcJournal journal;
  final ReportRepository reports;
  final OkxCredentials credentials =
      OkxCredentials.of("key-s1-0123456789", "SECRET-s1-9F8E7D6C", "Pass-s1-42");
  private final Clock clock = Clock.systemUTC();
  private final RetryPolicy retry =
      new RetryPolicy(
          6, Duration.ofMillis(50), Duration.ofMillis(400), EXPIRY, Duration.ofMillis(50), 40);

  CrashWorld() {
    emulator =
        OkxEmulator.builder()
            .port(0)
            .seed(3)
            .fixedPrices()
            .rateLimits(false)
            .clock(EmulatorClock.system())
            .startPrice("SOL-USDT-SWAP", new BigDecimal("150"))
            .startPrice("CRO-USDT-SWAP", new BigDecimal("0.1"))
            .account(
                AccountSpec.main("m", "key-m-0123456789", "SECRET-m", "Pass-m", BigDecimal.ZERO))
            .account(
                AccountSpec.sub(
                    ACCOUNT,
                    "key-s1-0123456789",
                    "SECRET-s1-9F8E7D6C",
                    "Pass-s1-42",
                    new BigDecimal("1000")))
            .build()
            .start();
    factory = new OkxClientFactory(OkxConfig.loopback(emulator.port()));
    connections =
        new OkxConnections(
            factory,
            OkxAccounts.of(List.of(OkxAccount.sub(ACCOUNT, credentials))),
            OkxAdapterSettings.forRetryPolicy(retry).withPushWait(Duration.ofMillis(500)));
    exchange = new OkxExchange(connections);
    JdbcClient jdbc = JdbcClient.create(db.dataSource());
    DataSourceTransactionManager tx = new DataSourceTransactionManager(db.dataSource());
    CoreJsonCodec json = new CoreJsonCodec();
    slots = new SlotRepository(jdbc, tx, json, clock);
    store = new ProcedureStore(jdbc, tx, json, clock);
    journal = new JdbcJournal(jdbc, tx, json, clock);
    reports = new ReportRepository(jdbc, json);
  }

  /**
   * A keeper process: the slot registry read from the database and a runner over {@code journal}.
   */
  ProcedureRunner start(Journal journalToUse, SlotId slot) {
    SlotRegistry registry = new SlotRegistry(new JdbcSlotStore(slots), AnchorSettings.defaults());
    registry.ensure(slot, AccountKind.SUB);
    registry.load();
    return new ProcedureRunner(
        registry,
        new JdbcProcedureLedger(store, journalToUse, clock),
        new ProcedureContext(exchange, journalToUse, clock, Pause.sleeping(), retry),
        Executors.newFixedThreadPool(2),
        Executors.newSingleThreadScheduledExecutor(),
        Duration.ofHours(1));
  }

  @Override
  public void close() {
    connections.close();
    factory.close();
    emulator.close();
    db.close();
  }
}
