package io.anchorkeeper.app.persistence;

import io.anchorkeeper.app.persistence.json.CoreJsonCodec;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The persistence beans over Boot's {@link DataSource} and transaction manager. Boot's Flyway
 * auto-configuration migrates the schema from {@code classpath:db/migration} first; H2 (the default
 * file database) or PostgreSQL ({@code SPRING_DATASOURCE_URL}) run the same SQL. Time comes from
 * the application's {@link Clock} bean when there is one, else the system clock in UTC.
 */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

  @Bean
  CoreJsonCodec coreJsonCodec() {
    return new CoreJsonCodec();
  }

  @Bean
  @DependsOnDatabaseInitialization
  JdbcJournal jdbcJournal(
      DataSource dataSource,
      PlatformTransactionManager transactions,
      CoreJsonCodec json,
      ObjectProvider<Clock> clock) {
    return new JdbcJournal(JdbcClient.create(dataSource), transactions, json, clockOf(clock));
  }

  @Bean
  @DependsOnDatabaseInitialization
  ProcedureStore procedureStore(
      DataSource dataSource,
      PlatformTransactionManager transactions,
      CoreJsonCodec json,
      ObjectProvider<Clock> clock) {
    return new ProcedureStore(JdbcClient.create(dataSource), transactions, json, clockOf(clock));
  }

  @Bean
  @DependsOnDatabaseInitialization
  ReportRepository reportRepository(DataSource dataSource, CoreJsonCodec json) {
    return new ReportRepository(JdbcClient.create(dataSource), json);
  }

  @Bean
  @DependsOnDatabaseInitialization
  SlotRepository slotRepository(
      DataSource dataSource,
      PlatformTransactionManager transactions,
      CoreJsonCodec json,
      ObjectProvider<Clock> clock) {
    return new SlotRepository(JdbcClient.create(dataSource), transactions, json, clockOf(clock));
  }

  @Bean
  @DependsOnDatabaseInitialization
  SettingsRepository settingsRepository(
      DataSource dataSource,
      PlatformTransactionManager transactions,
      CoreJsonCodec json,
      ObjectProvider<Clock> clock) {
    return new SettingsRepository(
        JdbcClient.create(dataSource), transactions, json, clockOf(clock));
  }

  @Bean
  @DependsOnDatabaseInitialization
  AlertRepository alertRepository(DataSource dataSource) {
    return new AlertRepository(JdbcClient.create(dataSource));
  }

  @Bean
  @DependsOnDatabaseInitialization
  LeaseRepository leaseRepository(DataSource dataSource, PlatformTransactionManager transactions) {
    return new LeaseRepository(JdbcClient.create(dataSource), transactions);
  }

  private static Clock clockOf(ObjectProvider<Clock> clock) {
    return clock.getIfAvailable(Clock::systemUTC);
  }
}
