package io.anchorkeeper.app.config;

import io.anchorkeeper.app.engine.AlertLog;
import io.anchorkeeper.app.engine.Alerts;
import io.anchorkeeper.app.engine.EngineOwnerCommands;
import io.anchorkeeper.app.engine.EngineProperties;
import io.anchorkeeper.app.engine.ExchangeFeed;
import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.PositionBook;
import io.anchorkeeper.app.engine.ProcedureRunner;
import io.anchorkeeper.app.engine.SlotRegistry;
import io.anchorkeeper.app.notify.command.OwnerCommands;
import io.anchorkeeper.app.ops.AlertMetrics;
import io.anchorkeeper.app.persistence.AlertRepository;
import io.anchorkeeper.app.persistence.JdbcJournal;
import io.anchorkeeper.app.persistence.JdbcProcedureLedger;
import io.anchorkeeper.app.persistence.JdbcSlotStore;
import io.anchorkeeper.app.persistence.ProcedureStore;
import io.anchorkeeper.app.persistence.SettingsRepository;
import io.anchorkeeper.app.persistence.SlotRepository;
import io.anchorkeeper.core.notify.Notifier;
import io.anchorkeeper.core.port.Exchange;
import io.anchorkeeper.core.procedure.Pause;
import io.anchorkeeper.core.procedure.ProcedureContext;
import io.anchorkeeper.core.procedure.RetryPolicy;
import io.anchorkeeper.core.settings.AnchorSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the engine: settings (defaults, then {@code keeper.settings}, then the owner's changes kept
 * in the database), the slot registry, the position book, the procedure runner with its journal and
 * ledger, and the engine that hears the exchange. Start-up is {@link KeeperBootstrap}.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  AnchorSettings globalSettings(KeeperProperties properties, SettingsRepository settings) {
    AnchorSettings configured =
        AnchorSettings.defaults().with(SettingsText.parse(properties.settings()));
    return configured.with(settings.globalOverrides());
  }

  @Bean
  SlotRegistry slotRegistry(SlotRepository slots, AnchorSettings globalSettings) {
    SlotRegistry registry = new SlotRegistry(new JdbcSlotStore(slots), globalSettings);
    registry.load();
    return registry;
  }

  @Bean
  PositionBook positionBook() {
    return new PositionBook();
  }

  @Bean
  EngineProperties engineProperties(KeeperProperties properties) {
    KeeperProperties.Engine engine = properties.engine();
    return new EngineProperties(
        engine.procedureThreads(), engine.cooldown(), engine.resumeBackoff(), Duration.ZERO);
  }

  @Bean
  ProcedureContext procedureContext(
      Exchange exchange, JdbcJournal journal, Clock clock, RetryPolicy retry) {
    return new ProcedureContext(exchange, journal, clock, Pause.sleeping(), retry);
  }

  @Bean
  ProcedureRunner procedureRunner(
      SlotRegistry slots,
      ProcedureStore store,
      JdbcJournal journal,
      ProcedureContext context,
      Clock clock,
      EngineProperties engine) {
    return new ProcedureRunner(
        slots,
        new JdbcProcedureLedger(store, journal, clock),
        context,
        Executors.newFixedThreadPool(engine.procedureThreads(), daemons("procedure")),
        Executors.newSingleThreadScheduledExecutor(daemons("procedure-resume")),
        engine.resumeBackoff());
  }

  @Bean
  Alerts alerts(AlertRepository alerts, Notifier notifier, Optional<AlertMetrics> metrics) {
    AlertLog log = alerts::save;
    // ops: every alert is counted for Prometheus (keeper.alerts by kind and severity).
    return new Alerts(metrics.map(m -> m.around(log)).orElse(log), notifier);
  }

  @Bean(destroyMethod = "close")
  KeeperEngine keeperEngine(
      SlotRegistry slots,
      PositionBook book,
      ProcedureRunner runner,
      Exchange exchange,
      ExchangeFeed feed,
      Notifier notifier,
      Alerts alerts,
      Clock clock,
      EngineProperties engine) {
    return new KeeperEngine(
        slots,
        book,
        runner,
        exchange,
        feed,
        notifier,
        alerts,
        clock,
        engine,
        Executors.newScheduledThreadPool(2, daemons("reconcile")));
  }

  @Bean
  OwnerCommands ownerCommands(KeeperEngine engine) {
    return new EngineOwnerCommands(engine);
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
