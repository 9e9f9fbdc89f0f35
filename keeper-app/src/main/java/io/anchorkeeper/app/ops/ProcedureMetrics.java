package io.anchorkeeper.app.ops;

import io.anchorkeeper.app.engine.RunnerListener;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.slot.SlotId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * Procedures as meters: {@code keeper.procedures} (counter) and {@code keeper.procedure.duration}
 * (timer, from the request to the report) by {@code type} and {@code outcome} (completed, refused,
 * failed), and {@code keeper.procedure.interruptions} by {@code cause} (rate_limited,
 * exchange_unreachable). Every type and outcome is registered at zero from the start, so a rate is
 * defined before the first procedure ends.
 */
final class ProcedureMetrics implements RunnerListener {

  private final MeterRegistry registry;

  ProcedureMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (ProcedureType type : ProcedureType.values()) {
      for (ProcedureStatus status : ProcedureStatus.values()) {
        if (status != ProcedureStatus.RUNNING) {
          counter(type, status);
        }
      }
    }
  }

  @Override
  public void onFinished(ProcedureReport report) {
    ProcedureType type = report.request().type();
    counter(type, report.status()).increment();
    Duration took = Duration.between(report.request().requestedAt(), report.finishedAt());
    Timer.builder("keeper.procedure.duration")
        .description("Time from a procedure's request to its report")
        .tag("type", name(type))
        .tag("outcome", name(report.status()))
        .register(registry)
        .record(took.isNegative() ? Duration.ZERO : took);
  }

  @Override
  public void onInterrupted(
      SlotId slot, ProcedureId procedure, String reason, boolean rateLimited, int attempt) {
    Counter.builder("keeper.procedure.interruptions")
        .description("Procedure runs stopped to wait for the exchange, resumed later")
        .tag("cause", rateLimited ? "rate_limited" : "exchange_unreachable")
        .register(registry)
        .increment();
  }

  private Counter counter(ProcedureType type, ProcedureStatus status) {
    return Counter.builder("keeper.procedures")
        .description("Procedures ended, by type and outcome")
        .tag("type", name(type))
        .tag("outcome", name(status))
        .register(registry);
  }

  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
