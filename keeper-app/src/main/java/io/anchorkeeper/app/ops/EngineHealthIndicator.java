package io.anchorkeeper.app.ops;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health component {@code engine}: are procedures getting through? Down while any procedure waits
 * on the exchange after an interruption, or has run longer than {@code stuckAfter}: either way a
 * position may be half maintained. The details name them.
 */
final class EngineHealthIndicator implements HealthIndicator {

  private final ProcedureWatch watch;
  private final Duration stuckAfter;

  EngineHealthIndicator(ProcedureWatch watch, Duration stuckAfter) {
    this.watch = watch;
    this.stuckAfter = stuckAfter;
  }

  @Override
  public Health health() {
    ProcedureWatch.Snapshot now = watch.snapshot();
    boolean healthy = now.interrupted().isEmpty() && now.stuck().isEmpty();
    return (healthy ? Health.up() : Health.down())
        .withDetail("running", now.running().size())
        .withDetail("interrupted", names(now.interrupted()))
        .withDetail("stuck", names(now.stuck()))
        .withDetail("stuck_after", stuckAfter.toString())
        .build();
  }

  private static List<String> names(List<ProcedureWatch.Running> procedures) {
    return procedures.stream().map(ProcedureWatch.Running::toString).toList();
  }
}
