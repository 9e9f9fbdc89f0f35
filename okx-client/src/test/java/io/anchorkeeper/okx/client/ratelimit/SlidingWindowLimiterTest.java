package io.anchorkeeper.okx.client.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlidingWindowLimiterTest {
  private static final long SECOND = 1_000_000_000L;
  private final SlidingWindowLimiter limiter = new SlidingWindowLimiter(3, 2 * SECOND);

  @Test
  void grantsUpToTheLimitThenNamesTheExactWait() {
    assertThat(limiter.tryAcquire(1, 0)).isZero();
    assertThat(limiter.tryAcquire(1, SECOND / 2)).isZero();
    assertThat(limiter.tryAcquire(1, SECOND)).isZero();

    assertThat(limiter.tryAcquire(1, SECOND)).isEqualTo(SECOND);
    assertThat(limiter.tryAcquire(1, 2 * SECOND - 1)).isEqualTo(1);
    assertThat(limiter.tryAcquire(1, 2 * SECOND)).isZero();
  }

  @Test
  void severalPermitsWaitForAsManyOldGrantsToExpire() {
    limiter.tryAcquire(1, 0);
    limiter.tryAcquire(1, SECOND);

    assertThat(limiter.tryAcquire(3, SECOND)).isEqualTo(SECOND + SECOND);
    assertThat(limiter.tryAcquire(2, SECOND)).isEqualTo(SECOND);
    assertThat(limiter.tryAcquire(2, 2 * SECOND)).isZero();
  }

  @Test
  void aHeldPermitCountsUntilReleasedAndItsWindowRunsFromTheRelease() {
    int[] first = new int[1];
    assertThat(limiter.tryTake(1, 0, first)).isZero();
    assertThat(limiter.tryTake(2, 0, new int[2])).isZero();

    // long after its grant, the first request is still on its way: no room, ask again shortly
    assertThat(limiter.tryTake(1, 5 * SECOND, new int[1]))
        .isEqualTo(SlidingWindowLimiter.IN_FLIGHT_POLL_NANOS);

    limiter.release(first, 5 * SECOND);
    assertThat(limiter.tryTake(1, 6 * SECOND, new int[1])).isEqualTo(SECOND);
    assertThat(limiter.tryTake(1, 7 * SECOND, new int[1])).isZero();
  }

  @Test
  void aReleasedSlotIsTakenAgainWhenItsWindowHasPassed() {
    int[] slots = new int[3];
    limiter.tryTake(3, 0, slots);
    limiter.release(slots, SECOND);

    assertThat(limiter.tryTake(3, 3 * SECOND - 1, new int[3])).isEqualTo(1);
    assertThat(limiter.tryTake(3, 3 * SECOND, new int[3])).isZero();
  }

  @Test
  void refusesARequestLargerThanTheLimit() {
    assertThatThrownBy(() -> limiter.tryAcquire(4, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ruleValidatesItsNumbers() {
    assertThatThrownBy(() -> RateLimitRule.per2s("x", 0, LimitScope.IP))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RateLimitRule.per2s("x", 5, LimitScope.UID).window())
        .isEqualTo(Duration.ofSeconds(2));
  }
}
