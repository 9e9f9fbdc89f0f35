package io.anchorkeeper.okx.client.ratelimit;

/**
 * An exact sliding-window log for one key: it remembers when each of the last {@code permits}
 * permits was granted, so no window of {@code windowNanos}, wherever it starts, ever holds more
 * than {@code permits} grants. That also holds for OKX's fixed windows, whatever their alignment.
 */
final class SlidingWindowLimiter {
  private final long[] grantTimes;
  private final long windowNanos;
  private int head;
  private int size;

  SlidingWindowLimiter(int permits, long windowNanos) {
    this.grantTimes = new long[permits];
    this.windowNanos = windowNanos;
  }

  /**
   * Takes {@code count} permits at {@code now} when the window has room.
   *
   * @return 0 when granted, otherwise how many nanoseconds to wait before trying again
   */
  synchronized long tryAcquire(int count, long now) {
    if (count > grantTimes.length) {
      throw new IllegalArgumentException(
          count + " permits can never fit a limit of " + grantTimes.length);
    }
    while (size > 0 && now - grantTimes[head] >= windowNanos) {
      head = (head + 1) % grantTimes.length;
      size--;
    }
    int excess = size + count - grantTimes.length;
    if (excess > 0) {
      long expiresAt = grantTimes[(head + excess - 1) % grantTimes.length] + windowNanos;
      return Math.max(1, expiresAt - now);
    }
    for (int i = 0; i < count; i++) {
      grantTimes[(head + size) % grantTimes.length] = now;
      size++;
    }
    return 0;
  }
}
