package io.anchorkeeper.okx.client.ws;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with "equal jitter": the n-th delay is {@code min(max, min * 2^n)}, of which
 * a random half is dropped, so many connections cut at once do not return in lockstep.
 */
public final class ReconnectBackoff {
  private final long minMillis;
  private final long maxMillis;
  private final Random random;
  private int attempt;

  public ReconnectBackoff(Duration min, Duration max, long seed) {
    this.minMillis = min.toMillis();
    this.maxMillis = max.toMillis();
    this.random = new Random(seed);
  }

  /** The delay before the next attempt; each call doubles the ceiling up to the maximum. */
  public synchronized Duration next() {
    long ceiling = minMillis << Math.min(attempt, 30);
    ceiling = Math.min(maxMillis, ceiling < 0 ? maxMillis : ceiling);
    attempt++;
    long half = ceiling / 2;
    return Duration.ofMillis(ceiling - half + (long) (random.nextDouble() * (half + 1)));
  }

  /** Back to the shortest delay, after a connection became healthy. */
  public synchronized void reset() {
    attempt = 0;
  }
}
