package io.anchorkeeper.core.procedure;

import java.time.Duration;
import java.util.Objects;

/**
 * How procedures wait and retry.
 *
 * @param transientAttempts how often a call refused for its rate or for an unreachable exchange is
 *     tried before the run stops to be resumed later
 * @param backoff the first wait between such tries; each next wait doubles, up to {@code
 *     maxBackoff}
 * @param maxBackoff the longest wait between tries
 * @param orderExpiry how long after it was sent an order the exchange never saw can no longer
 *     arrive (the adapter sends it as the order's expiry time); only after this an order that the
 *     exchange does not know may be sent again
 * @param settleWait how long to wait between asking about an order that is not final yet
 * @param settleChecks how often to ask before the run stops to be resumed later
 */
public record RetryPolicy(
    int transientAttempts,
    Duration backoff,
    Duration maxBackoff,
    Duration orderExpiry,
    Duration settleWait,
    int settleChecks) {

  public static final RetryPolicy DEFAULT =
      new RetryPolicy(
          6,
          Duration.ofMillis(200),
          Duration.ofSeconds(5),
          Duration.ofSeconds(10),
          Duration.ofMillis(250),
          40);

  public RetryPolicy {
    Objects.requireNonNull(backoff, "backoff must not be null");
    Objects.requireNonNull(maxBackoff, "maxBackoff must not be null");
    Objects.requireNonNull(orderExpiry, "orderExpiry must not be null");
    Objects.requireNonNull(settleWait, "settleWait must not be null");
    if (transientAttempts < 1 || settleChecks < 1) {
      throw new IllegalArgumentException("attempts and checks must be at least 1");
    }
  }

  /** The wait before try number {@code attempt} (1-based) after a transient failure. */
  public Duration backoffBefore(int attempt) {
    Duration wait = backoff;
    for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
