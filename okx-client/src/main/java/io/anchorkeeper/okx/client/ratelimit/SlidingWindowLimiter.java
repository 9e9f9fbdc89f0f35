package io.anchorkeeper.okx.client.ratelimit;

import java.util.Arrays;

/**
 * An exact sliding-window log for one key: one slot per permit, each remembering when it frees. No
 * window of {@code windowNanos}, wherever it starts, ever holds more than {@code permits} requests;
 * that also holds for OKX's fixed windows, whatever their alignment.
 *
 * <p>A permit taken with {@link #tryTake} is held while its request is on its way: it counts
 * without expiring until {@link #release}, and its window runs from the release. The request
 * reached OKX before its answer came back, so a window counted from the answer covers the window
 * OKX counted from the arrival, however long the request waited in between (connection set-up, a
 * busy machine). {@link #tryAcquire} counts from the grant, for attempts with no answer to wait for
 * (WebSocket connections).
 */
final class SlidingWindowLimiter {
  /** How long to wait when every busy slot's request is still on its way. */
  static final long IN_FLIGHT_POLL_NANOS = 10_000_000L;

  private static final long IN_FLIGHT = Long.MAX_VALUE;

  private final long[] freeAt;
  private final long windowNanos;

  SlidingWindowLimiter(int permits, long windowNanos) {
    this.freeAt = new long[permits];
    Arrays.fill(freeAt, Long.MIN_VALUE);
    this.windowNanos = windowNanos;
  }

  /**
   * Takes {@code count} permits at {@code now} when the window has room; their window runs from
   * {@code now}.
   *
   * @return 0 when granted, otherwise how many nanoseconds to wait before trying again
   */
  synchronized long tryAcquire(int count, long now) {
    int[] slots = new int[count];
    long wait = tryTake(count, now, slots);
    if (wait == 0) {
      release(slots, now);
    }
    return wait;
  }

  /**
   * Takes {@code count} permits at {@code now} when the window has room and holds them until {@link
   * #release}; the taken slots are written to {@code slots}.
   *
   * @return 0 when granted, otherwise how many nanoseconds to wait before trying again
   */
  synchronized long tryTake(int count, long now, int[] slots) {
    if (count > freeAt.length) {
      throw new IllegalArgumentException(
          count + " permits can never fit a limit of " + freeAt.length);
    }
    long[] busy = Arrays.stream(freeAt).filter(at -> at > now).sorted().toArray();
    int excess = busy.length + count - freeAt.length;
    if (excess > 0) {
      long at = busy[excess - 1];
      return at == IN_FLIGHT ? IN_FLIGHT_POLL_NANOS : Math.max(1, at - now);
    }
    int taken = 0;
    for (int slot = 0; slot < freeAt.length && taken < count; slot++) {
      if (freeAt[slot] <= now) {
        freeAt[slot] = IN_FLIGHT;
        slots[taken++] = slot;
      }
    }
    return 0;
  }

  /** The held slots' requests are done at {@code now}: each frees one window later. */
  synchronized void release(int[] slots, long now) {
    for (int slot : slots) {
      freeAt[slot] = now + windowNanos;
    }
  }
}
