package io.anchorkeeper.app.notify.telegram;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently to try: attempt {@code n} failing is followed by a wait of {@code
 * initialBackoff · 2^(n-1)}, at most {@code maxBackoff}, unless Telegram names its own wait.
 *
 * @param maxAttempts attempts per message before giving up, at least 1
 */
public record RetrySchedule(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

  public RetrySchedule {
    Objects.requireNonNull(initialBackoff, "initialBackoff must not be null");
    Objects.requireNonNull(maxBackoff, "maxBackoff must not be null");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "backoff must satisfy 0 <= initial <= max, was " + initialBackoff + " and " + maxBackoff);
    }
  }

  /** The wait after failed attempt {@code attempt} (from 1). */
  public Duration backoffAfter(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
    }
    int doublings = Math.min(attempt - 1, 30);
    Duration wait = initialBackoff.multipliedBy(1L << doublings);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
