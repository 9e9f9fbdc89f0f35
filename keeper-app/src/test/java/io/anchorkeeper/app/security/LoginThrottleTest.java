package io.anchorkeeper.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.app.persistence.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T08:00:00Z"));
  private final LoginThrottle throttle =
      new LoginThrottle(
          new KeeperSecurityProperties.Login(5, 20, Duration.ofMinutes(5), Duration.ofMinutes(15)),
          clock);

  private void fail(String username, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(username, address);
    }
  }

  @Test
  void theFifthFailureWithinTheWindowLocksTheUsernameForTheLockout() {
    fail("owner", "10.0.0.1", 4);
    assertThat(throttle.locked("owner", "10.0.0.1")).isFalse();

    assertThat(throttle.failed("owner", "10.0.0.2")).isTrue();

    assertThat(throttle.locked("owner", "10.0.0.3")).as("from any address").isTrue();
    assertThat(throttle.locked("OWNER ", "10.0.0.3")).as("however it is spelt").isTrue();
    assertThat(throttle.locked("someone-else", "10.0.0.3")).isFalse();
    clock.advance(Duration.ofMinutes(14));
    assertThat(throttle.locked("owner", "10.0.0.3")).isTrue();
    clock.advance(Duration.ofMinutes(1));
    assertThat(throttle.locked("owner", "10.0.0.3")).isFalse();
  }

  @Test
  void failuresOlderThanTheWindowNoLongerCount() {
    fail("owner", "10.0.0.1", 4);
    clock.advance(Duration.ofMinutes(5));

    assertThat(throttle.failed("owner", "10.0.0.1")).isFalse();
    assertThat(throttle.locked("owner", "10.0.0.1")).isFalse();
  }

  @Test
  void aSuccessClearsTheUsernamesFailures() {
    fail("owner", "10.0.0.1", 4);
    throttle.succeeded("owner");

    fail("owner", "10.0.0.1", 4);

    assertThat(throttle.locked("owner", "10.0.0.1")).isFalse();
  }

  @Test
  void twentyFailuresFromOneAddressLockItWhateverTheUsernames() {
    for (int i = 0; i < 19; i++) {
      throttle.failed("user" + i, "10.0.0.9");
    }
    assertThat(throttle.locked("owner", "10.0.0.9")).isFalse();

    assertThat(throttle.failed("user19", "10.0.0.9")).isTrue();

    assertThat(throttle.locked("owner", "10.0.0.9")).isTrue();
    assertThat(throttle.locked("owner", "10.0.0.8")).isFalse();
  }

  @Test
  void memoryStaysBoundedAndLocksSurviveTheCleanUp() {
    fail("victim", "10.0.0.1", 5);
    for (int i = 0; i < LoginThrottle.MAX_KEYS + 50; i++) {
      throttle.failed("spray" + i, "10.1." + (i / 250) + "." + (i % 250));
    }

    assertThat(throttle.locked("victim", "10.9.9.9")).isTrue();
    fail("late", "10.0.0.2", 5);
    assertThat(throttle.locked("late", "10.9.9.9")).isTrue();
  }
}
