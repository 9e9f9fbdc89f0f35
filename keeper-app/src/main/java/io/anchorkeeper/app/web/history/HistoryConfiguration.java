package io.anchorkeeper.app.web.history;

import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.ProcedureRunner;
import io.anchorkeeper.app.web.DashboardProperties;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sample table's repository and the sampler that fills it. */
@Configuration(proxyBeanMethods = false)
class HistoryConfiguration {

  @Bean
  @DependsOnDatabaseInitialization
  SlotSampleRepository slotSampleRepository(DataSource dataSource) {
    return new SlotSampleRepository(dataSource);
  }

  @Bean
  SlotSampler slotSampler(
      KeeperEngine engine,
      ProcedureRunner runner,
      SlotSampleRepository samples,
      DashboardProperties properties,
      Clock clock,
      ApplicationEventPublisher events) {
    return new SlotSampler(engine, runner, samples, properties, clock, events);
  }
}
