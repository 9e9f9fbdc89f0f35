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

class ClientOrderIdTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-12-31T13:49:51.123Z"), ZoneOffset.UTC);

  private static RandomGenerator seeded(long seed) {
    return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }

  private static final ProcedureId PROCEDURE = ProcedureId.generate(CLOCK, seeded(1));

  @Test
  void isLettersAndDigitsOnlyAndWithinOkxsThirtyTwoCharacters() {
    String value = ClientOrderId.of(PROCEDURE, 3, 2).value();
    assertThat(value).matches("[0-9a-z]+").hasSize(26).hasSizeLessThanOrEqualTo(32);
    assertThat(value).startsWith(PROCEDURE.value()).endsWith("0302");
  }

  @Test
  void parsesBackIntoItsParts() {
    ClientOrderId id = ClientOrderId.of(PROCEDURE, 1295, 37);
    ClientOrderId parsed = ClientOrderId.parse(id.value());
    assertThat(parsed).isEqualTo(id);
    assertThat(parsed.procedure()).isEqualTo(PROCEDURE);
    assertThat(parsed.step()).isEqualTo(1295);
    assertThat(parsed.attempt()).isEqualTo(37);
  }

  @Test
  void isRecomputedIdenticallyFromTheSameParts() {
    ProcedureId afterRestart = ProcedureId.parse(PROCEDURE.value());
    assertThat(ClientOrderId.of(afterRestart, 2, 1).value())
        .isEqualTo(ClientOrderId.of(PROCEDURE, 2, 1).value());
    assertThat(ClientOrderId.of(PROCEDURE, 2, 1).nextAttempt())
        .isEqualTo(ClientOrderId.of(PROCEDURE, 2, 2));
  }

  @Test
  void stepsAndAttemptsGiveDistinctIds() {
    Set<String> ids = new HashSet<>();
    for (int step = 1; step <= 40; step++) {
      for (int attempt = 1; attempt <= 40; attempt++) {
        ids.add(ClientOrderId.of(PROCEDURE, step, attempt).value());
      }
    }
    assertThat(ids).hasSize(1600);
  }

  @Test
  void refusesMalformedTextNamingTheProblem() {
    assertThatThrownBy(() -> ClientOrderId.parse("abc-def"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("client order id must be 26 lower-case letters and digits, was 'abc-def'");
    assertThatThrownBy(() -> ClientOrderId.parse(PROCEDURE.value() + "0000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step must be between 1 and 1295, was 0");
  }

  @Test
  void refusesAStepOrAttemptThatDoesNotFit() {
    assertThatThrownBy(() -> ClientOrderId.of(PROCEDURE, 1, 1296))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attempt must be between 1 and 1295, was 1296");
  }
}
