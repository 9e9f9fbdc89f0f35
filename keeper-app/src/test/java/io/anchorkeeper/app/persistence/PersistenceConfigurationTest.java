package io.anchorkeeper.app.persistence;

import static io.anchorkeeper.app.persistence.CoreSamples.SUB_LONG;
import static io.anchorkeeper.app.persistence.CoreSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.anchorkeeper.core.journal.Journal;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AnchorSlot;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

/**
 * The persistence beans over Boot's data source, with Boot's Flyway migrating first: on H2, and on
 * PostgreSQL when the local server answers (only the URL differs).
 */
class PersistenceConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  DataSourceTransactionManagerAutoConfiguration.class,
                  TransactionAutoConfiguration.class,
                  FlywayAutoConfiguration.class))
          .withUserConfiguration(PersistenceConfiguration.class)
          .withPropertyValues("spring.flyway.locations=classpath:db/migration");

  @Test
  void wiresEveryRepositoryOverAMigratedH2Database() {
    runner
        .withPropertyValues(
            "spring.datasource.url=jdbc:h2:mem:" + TestDatabase.uniqueName() + ";DB_CLOSE_DELAY=-1")
        .run(this::aMaintenanceCanBeBegunAndFinished);
  }

  @Test
  void wiresEveryRepositoryOverPostgresWithOnlyTheUrlChanged() {
    assumeTrue(
        PostgresServer.answers() || PostgresServer.required(),
        "PostgreSQL at " + PostgresServer.describe() + " does not answer: skipped");
    String name = TestDatabase.uniqueName();
    PostgresServer.createDatabase(name);
    try {
      runner
          .withPropertyValues(
              "spring.datasource.url=" + PostgresServer.urlOf(name),
              "spring.datasource.username=" + PostgresServer.user())
          .run(this::aMaintenanceCanBeBegunAndFinished);
    } finally {
      PostgresServer.dropDatabase(name);
    }
  }

  @Test
  void takesTimeFromTheApplicationClock() {
    runner
        .withPropertyValues(
            "spring.datasource.url=jdbc:h2:mem:" + TestDatabase.uniqueName() + ";DB_CLOSE_DELAY=-1")
        .withBean(Clock.class, () -> new TestClock(T0.plusSeconds(42)))
        .run(
            context ->
                assertThat(
                        context
                            .getBean(SlotRepository.class)
                            .ensure(SUB_LONG, AccountKind.SUB)
                            .createdAt())
                    .isEqualTo(T0.plusSeconds(42)));
  }

  private void aMaintenanceCanBeBegunAndFinished(AssertableApplicationContext context) {
    assertThat(context).hasNotFailed();
    assertThat(context)
        .hasSingleBean(ProcedureStore.class)
        .hasSingleBean(ReportRepository.class)
        .hasSingleBean(SettingsRepository.class)
        .hasSingleBean(AlertRepository.class)
        .hasSingleBean(LeaseRepository.class);
    assertThat(context).getBean(Journal.class).isInstanceOf(JdbcJournal.class);
    SlotRepository slots = context.getBean(SlotRepository.class);
    AnchorSlot slot = slots.ensure(SUB_LONG, AccountKind.SUB).slot();
    ProcedureRequest request = CoreSamples.superMaintenance(slot);

    assertThat(context.getBean(ProcedureStore.class).begin(request))
        .isEqualTo(new BeginOutcome.Started(request.id()));
    context.getBean(Journal.class).finish(CoreSamples.completedMaintenance(request, T0));

    assertThat(slots.maintenanceCount(SUB_LONG)).hasValue(1);
    assertThat(context.getBean(ReportRepository.class).find(request.id())).isPresent();
  }
}
