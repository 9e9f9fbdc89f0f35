package io.anchorkeeper.okx.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ServerClockTest {
  private final AtomicReference<Instant> local =
      new AtomicReference<>(Instant.parse("2025-01-01T00:00:00Z"));
  private final Clock localClock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return local.get();
        }
      };
  private final AtomicInteger reads = new AtomicInteger();

  @Test
  void correctsALocalClockThatIsSixtySecondsBehind() {
    ServerClock clock =
        new ServerClock(localClock, this::serverSixtySecondsAhead, Duration.ofMinutes(10));

    assertThat(clock.now()).isEqualTo(Instant.parse("2025-01-01T00:01:00Z"));
    assertThat(clock.offsetMillis()).isEqualTo(60_000);
  }

  @Test
  void measuresOnceAndAgainOnlyWhenTheRefreshIntervalHasPassed() {
    ServerClock clock =
        new ServerClock(localClock, this::serverSixtySecondsAhead, Duration.ofMinutes(10));

    clock.now();
    local.set(local.get().plus(Duration.ofMinutes(9)));
    clock.now();
    assertThat(reads).hasValue(1);

    local.set(local.get().plus(Duration.ofMinutes(2)));
    clock.now();
    assertThat(reads).hasValue(2);
  }

  @Test
  void aFailedMeasurementKeepsThePreviousOffset() {
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    ServerClock clock =
        new ServerClock(
            localClock,
            () -> {
              if (failure.get() != null) {
                throw failure.get();
              }
              return serverSixtySecondsAhead();
            },
            Duration.ofMinutes(1));
    clock.now();

    failure.set(new IllegalStateException("OKX down"));
    clock.resync();

    assertThat(clock.offsetMillis()).isEqualTo(60_000);
  }

  private Instant serverSixtySecondsAhead() {
    reads.incrementAndGet();
    return local.get().plusSeconds(60);
  }
}
