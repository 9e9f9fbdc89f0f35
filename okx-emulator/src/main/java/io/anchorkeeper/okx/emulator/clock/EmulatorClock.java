package io.anchorkeeper.okx.emulator.clock;

import java.time.Instant;

/** The emulator's notion of now: the system clock, or a virtual clock moved only on request. */
public abstract class EmulatorClock {

  /** Milliseconds since the epoch. */
  public abstract long millis();

  /** Microseconds since the epoch, for OKX's {@code inTime}/{@code outTime} stamps. */
  public abstract long micros();

  /** True for a clock moved only by {@link VirtualClock#advance}. */
  public abstract boolean isVirtual();

  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  /** The system clock. */
  public static EmulatorClock system() {
    return new SystemClock();
  }

  /** A virtual clock standing at {@code start} until advanced. */
  public static VirtualClock virtual(Instant start) {
    return new VirtualClock(start.toEpochMilli());
  }

  private static final class SystemClock extends EmulatorClock {
    @Override
    public long millis() {
      return System.currentTimeMillis();
    }

    @Override
    public long micros() {
      Instant now = Instant.now();
      return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000L;
    }

    @Override
    public boolean isVirtual() {
      return false;
    }
  }
}
