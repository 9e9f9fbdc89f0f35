package io.anchorkeeper.okx.client.ratelimit;

import java.time.Duration;

/**
 * Permits held while one request is on its way (see {@link RateLimiterRegistry#hold}). Close it
 * once the answer arrived, or the request failed: its window then runs from that moment. Closing
 * twice has no further effect.
 */
public final class Permit implements AutoCloseable {
  private final SlidingWindowLimiter limiter;
  private final int[] slots;
  private final TimeSource time;
  private final Duration waited;
  private boolean released;

  Permit(SlidingWindowLimiter limiter, int[] slots, TimeSource time, Duration waited) {
    this.limiter = limiter;
    this.slots = slots;
    this.time = time;
    this.waited = waited;
  }

  /** How long the caller waited for the permits. */
  public Duration waited() {
    return waited;
  }

  @Override
  public synchronized void close() {
    if (!released) {
      released = true;
      limiter.release(slots, time.nanoTime());
    }
  }
}
