package io.anchorkeeper.okx.client.ratelimit;

/** Monotonic time and sleeping, injectable so limiter tests run on virtual time. */
public interface TimeSource {
  long nanoTime();

  void sleepNanos(long nanos) throws InterruptedException;

  /** {@link System#nanoTime()} and {@link Thread#sleep(long, int)}. */
  static TimeSource system() {
    return new TimeSource() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void sleepNanos(long nanos) throws InterruptedException {
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
      }
    };
  }
}
