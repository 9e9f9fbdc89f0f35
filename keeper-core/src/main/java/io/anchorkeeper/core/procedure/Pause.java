package io.anchorkeeper.core.procedure;

import java.time.Duration;

/**
 * Waits between retries. Production sleeps; tests advance a fake clock instead, so retry and expiry
 * logic runs in no time.
 */
@FunctionalInterface
public interface Pause {

  /** Waits about {@code duration}; throws if interrupted, ending the run to be resumed later. */
  void pause(Duration duration);

  /** A pause that sleeps the calling thread. */
  static Pause sleeping() {
    return duration -> {
      try {
        Thread.sleep(duration.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ProcedureInterrupted("interrupted while waiting " + duration, e);
      }
    };
  }
}
