package io.anchorkeeper.okx.emulator.clock;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that stands still until the scheduler moves it. Tests use it so that prices, rate-limit
 * windows and timeouts move only when the test says so.
 */
public final class VirtualClock extends EmulatorClock {

  private final AtomicLong now;

  VirtualClock(long startMillis) {
    this.now = new AtomicLong(startMillis);
  }

  @Override
  public long millis() {
    return now.get();
  }

  @Override
  public long micros() {
    return now.get() * 1_000L;
  }

  @Override
  public boolean isVirtual() {
    return true;
  }

  /** Moves the clock forward to {@code millis}; never backwards. */
  void moveTo(long millis) {
    now.accumulateAndGet(millis, Math::max);
  }
}
