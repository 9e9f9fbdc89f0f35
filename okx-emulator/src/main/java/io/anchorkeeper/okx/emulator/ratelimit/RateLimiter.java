package io.anchorkeeper.okx.emulator.ratelimit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sliding-window counters on the emulator's clock: a request is allowed when the weight counted
 * under its key in the last window, plus its own, stays within the limit. Rejected requests are not
 * counted. Each key has its own lock, so unrelated keys never contend.
 */
public final class RateLimiter {

  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  /**
   * Counts {@code weight} under {@code key} if the rule allows it now; false when over the limit.
   */
  public boolean tryAcquire(String key, RateRule rule, int weight, long nowMillis) {
    return windows.computeIfAbsent(key, k -> new Window()).tryAdd(rule, weight, nowMillis);
  }

  /** Forgets all counts. */
  public void reset() {
    windows.clear();
  }

  private static final class Window {
    private final Deque<long[]> entries = new ArrayDeque<>();
    private long total;

    synchronized boolean tryAdd(RateRule rule, int weight, long now) {
      long start = now - rule.window().toMillis();
      while (!entries.isEmpty() && entries.peekFirst()[0] <= start) {
        total -= entries.pollFirst()[1];
      }
      if (total + weight > rule.limit()) {
        return false;
      }
      entries.addLast(new long[] {now, weight});
      total += weight;
      return true;
    }
  }
}
