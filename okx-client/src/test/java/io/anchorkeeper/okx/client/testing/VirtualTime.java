package io.anchorkeeper.okx.client.testing;

import io.anchorkeeper.okx.client.ratelimit.TimeSource;
import java.util.concurrent.atomic.AtomicLong;

/** Time that only moves when someone sleeps: limiter tests run instantly and exactly. */
public final class VirtualTime implements TimeSource {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  @Override
  public long nanoTime() {
    return now.get();
  }

  @Override
  public void sleepNanos(long nanos) {
    long wake = now.get() + nanos;
    now.accumulateAndGet(wake, Math::max);
  }

  public void advanceMillis(long millis) {
    now.addAndGet(millis * 1_000_000L);
  }
}
