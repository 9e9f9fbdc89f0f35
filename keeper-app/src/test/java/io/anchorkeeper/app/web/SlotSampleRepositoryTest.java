package io.anchorkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.anchorkeeper.app.persistence.PostgresServer;
import io.anchorkeeper.app.persistence.TestDatabase;
import io.anchorkeeper.app.web.history.SlotSample;
import io.anchorkeeper.app.web.history.SlotSampleRepository;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The V3 table and its repository, on H2 and on the local PostgreSQL (as the other repos). */
class SlotSampleRepositoryTest {

  private static final SlotId CRO = SlotId.of("sub01", "CRO-USDT-SWAP", "long");
  private static final SlotId SOL = SlotId.of("sub02", "SOL-USDT-SWAP", "long");
  private static final Instant T0 = Instant.parse("2025-12-31T13:47:51.123456789Z");
  private static final Instant T1 = Instant.parse("2025-12-31T14:00:00Z");

  private static TestDatabase h2;
  private static TestDatabase postgres;

  @AfterAll
  static void close() {
    if (h2 != null) {
      h2.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  abstract static class Contract {

    SlotSampleRepository samples;

    abstract TestDatabase database();

    @BeforeEach
    void empty() {
      JdbcClient.create(database().dataSource()).sql("delete from slot_samples").update();
      samples = new SlotSampleRepository(database().dataSource());
    }

    @Test
    void keepsEveryFigureToEighteenPlacesAndTheTimeToTheMicrosecond() {
      samples.save(
          List.of(
              new SlotSample(
                  CRO,
                  T0,
                  Optional.of(Ratio.of("0.1078")),
                  Usdt.of("20.29"),
                  Contracts.of("90"),
                  Optional.of(Price.of("0.087123"))),
              new SlotSample(
                  CRO,
                  T0.plusSeconds(30),
                  Optional.empty(),
                  Usdt.of("15.29"),
                  Contracts.of("90"),
                  Optional.empty())));

      List<SlotSample> read = samples.between(CRO, T0.minusSeconds(1), T0.plusSeconds(60), 100);

      assertThat(read).hasSize(2);
      SlotSample first = read.get(0);
      assertThat(first.at()).isEqualTo(Instant.parse("2025-12-31T13:47:51.123456Z"));
      assertThat(first.profitRate()).contains(Ratio.of("0.1078"));
      assertThat(first.margin()).isEqualTo(Usdt.of("20.29"));
      assertThat(first.size()).isEqualTo(Contracts.of("90"));
      assertThat(first.mark()).contains(Price.of("0.087123"));
      assertThat(read.get(1).profitRate()).isEmpty();
      assertThat(read.get(1).mark()).isEmpty();
    }

    @Test
    void readsOneSlotsRangeOldestFirstKeepingTheNewestWhenLimited() {
      for (int i = 0; i < 10; i++) {
        samples.save(List.of(sample(CRO, i), sample(SOL, i)));
      }

      List<SlotSample> range = samples.between(CRO, T1.plusSeconds(60), T1.plusSeconds(240), 100);
      List<SlotSample> newest = samples.between(CRO, T1, T1.plusSeconds(600), 3);

      assertThat(range)
          .extracting(SlotSample::at)
          .containsExactly(
              T1.plusSeconds(60),
              T1.plusSeconds(90),
              T1.plusSeconds(120),
              T1.plusSeconds(150),
              T1.plusSeconds(180),
              T1.plusSeconds(210));
      assertThat(range).allSatisfy(s -> assertThat(s.slot()).isEqualTo(CRO));
      assertThat(newest)
          .extracting(SlotSample::at)
          .containsExactly(T1.plusSeconds(210), T1.plusSeconds(240), T1.plusSeconds(270));
    }

    @Test
    void deletesWhatIsOlderThanTheRetention() {
      for (int i = 0; i < 10; i++) {
        samples.save(List.of(sample(CRO, i)));
      }

      int deleted = samples.deleteBefore(T1.plusSeconds(150));

      assertThat(deleted).isEqualTo(5);
      assertThat(samples.between(CRO, T1, T1.plusSeconds(600), 100)).hasSize(5);
    }

    private static SlotSample sample(SlotId slot, int i) {
      return new SlotSample(
          slot,
          T1.plusSeconds(30L * i),
          Optional.of(Ratio.of("0.01")),
          Usdt.of("10"),
          Contracts.of("1"),
          Optional.of(Price.of("1")));
    }
  }

  @Nested
  class OnH2 extends Contract {
    @Override
    TestDatabase database() {
      if (h2 == null) {
        h2 = TestDatabase.h2();
      }
      return h2;
    }
  }

  @Nested
  class OnPostgres extends Contract {
    @Override
    TestDatabase database() {
      if (postgres == null) {
        assumeTrue(
            PostgresServer.answers() || PostgresServer.required(),
            "PostgreSQL at "
                + PostgresServer.describe()
                + " does not answer: skipped (KEEPER_TEST_REQUIRE_POSTGRES=true makes it fail)");
        postgres = TestDatabase.postgres();
      }
      return postgres;
    }
  }
}
