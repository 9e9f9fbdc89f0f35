package io.anchorkeeper.app.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How the engine paces itself.
 *
 * @param procedureThreads threads that run procedures (each blocks on exchange round trips)
 * @param cooldown how long an automatic procedure that was refused or failed is not tried again
 * @param resumeBackoff the first wait before resuming a procedure stopped by an unreachable
 *     exchange; it doubles up to 64 times that
 * @param firstReconcileDelay when the first full read of every account starts after start-up
 * @param quietBands whether a mark inside a slot's {@link QuietBand} skips the slot's evaluation
 *     (on by default; off only to measure or compare against evaluating every slot at every mark)
 */
public record EngineProperties(
    int procedureThreads,
    Duration cooldown,
    Duration resumeBackoff,
    Duration firstReconcileDelay,
    boolean quietBands) {

  public static final EngineProperties DEFAULTS =
      new EngineProperties(32, Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ZERO);

  public EngineProperties {
    Objects.requireNonNull(cooldown, "cooldown must not be null");
    Objects.requireNonNull(resumeBackoff, "resumeBackoff must not be null");
    Objects.requireNonNull(firstReconcileDelay, "firstReconcileDelay must not be null");
    if (procedureThreads < 1) {
      throw new IllegalArgumentException(
          "keeper.engine.procedure-threads must be at least 1, was " + procedureThreads);
    }
  }

  /** With quiet bands on. */
  public EngineProperties(
      int procedureThreads,
      Duration cooldown,
      Duration resumeBackoff,
      Duration firstReconcileDelay) {
    this(procedureThreads, cooldown, resumeBackoff, firstReconcileDelay, true);
  }

  public EngineProperties withQuietBands(boolean on) {
    return new EngineProperties(procedureThreads, cooldown, resumeBackoff, firstReconcileDelay, on);
  }
}
