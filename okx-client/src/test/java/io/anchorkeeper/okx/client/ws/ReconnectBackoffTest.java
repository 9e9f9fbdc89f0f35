package io.anchorkeeper.okx.client.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {
  private static final Duration MIN = Duration.ofMillis(500);
  private static final Duration MAX = Duration.ofSeconds(30);

  @Test
  void delaysGrowExponentiallyWithJitterInTheUpperHalfUpToTheMaximum() {
    ReconnectBackoff backoff = new ReconnectBackoff(MIN, MAX, 7);

    for (int attempt = 0; attempt < 12; attempt++) {
      long ceiling = Math.min(MAX.toMillis(), MIN.toMillis() << attempt);
      assertThat(backoff.next().toMillis()).isBetween(ceiling / 2, ceiling);
    }
  }

  @Test
  void theSameSeedGivesTheSameDelaysAndAnotherSeedDiffers() {
    assertThat(delays(42)).isEqualTo(delays(42)).isNotEqualTo(delays(43));
  }

  @Test
  void resetStartsOverAtTheShortestDelay() {
    ReconnectBackoff backoff = new ReconnectBackoff(MIN, MAX, 1);
    for (int i = 0; i < 8; i++) {
      backoff.next();
    }

    backoff.reset();

    assertThat(backoff.next()).isLessThanOrEqualTo(MIN);
  }

  private static List<Duration> delays(long seed) {
    ReconnectBackoff backoff = new ReconnectBackoff(MIN, MAX, seed);
    List<Duration> delays = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      delays.add(backoff.next());
    }
    return delays;
  }
}
