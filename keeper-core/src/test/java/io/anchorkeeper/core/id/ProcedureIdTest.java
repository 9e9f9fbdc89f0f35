package io.anchorkeeper.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class ProcedureIdTest {

  private static final Instant NOW = Instant.parse("2025-12-31T13:49:51.123Z");

  private static RandomGenerator seeded(long seed) {
    return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }

  @Test
  void isTwentyTwoLowerCaseLettersAndDigitsThatRememberTheirCreationTime() {
    ProcedureId id = ProcedureId.generate(Clock.fixed(NOW, ZoneOffset.UTC), seeded(7));
    assertThat(id.value()).matches("[0-9a-z]{22}");
    assertThat(id.createdAt()).isEqualTo(NOW);
    assertThat(ProcedureId.parse(id.value())).isEqualTo(id);
  }

  @Test
  void manyIdsInTheSameMillisecondAcrossRestartsAndInstancesAreUnique() {
    Clock sameMillisecond = Clock.fixed(NOW, ZoneOffset.UTC);
    Set<String> ids = new HashSet<>();
    int generated = 0;
    // three "instances" or restarts, each with its own generator, all in one millisecond
    for (long seed = 1; seed <= 3; seed++) {
      RandomGenerator random = seeded(seed);
      for (int i = 0; i < 50_000; i++) {
        ids.add(ProcedureId.generate(sameMillisecond, random).value());
        generated++;
      }
    }
    assertThat(ids).hasSize(generated);
  }

  @Test
  void aLaterClockGivesALaterTimePart() {
    RandomGenerator random = seeded(3);
    ProcedureId earlier = ProcedureId.generate(Clock.fixed(NOW, ZoneOffset.UTC), random);
    ProcedureId later =
        ProcedureId.generate(Clock.fixed(NOW.plusMillis(1), ZoneOffset.UTC), random);
    assertThat(later.value().substring(0, 9)).isGreaterThan(earlier.value().substring(0, 9));
  }

  @Test
  void refusesTextThatIsNotAProcedureId() {
    assertThatThrownBy(() -> ProcedureId.parse("ABC"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("procedure id must be 22 lower-case letters and digits, was 'ABC'");
  }
}
