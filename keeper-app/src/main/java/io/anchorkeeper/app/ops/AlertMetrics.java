package io.anchorkeeper.app.ops;

import io.anchorkeeper.app.engine.AlertLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * Alerts as a meter: {@code keeper.alerts}, a counter by {@code kind} and {@code severity}. The
 * engine's alert log is wrapped ({@code EngineConfiguration}), so every alert raised is counted,
 * even one the database failed to keep.
 */
public final class AlertMetrics {

  private final MeterRegistry registry;

  AlertMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry must not be null");
  }

  /** {@code log}, counting each alert before it is saved. */
  public AlertLog around(AlertLog log) {
    Objects.requireNonNull(log, "log must not be null");
    return alert -> {
      Counter.builder("keeper.alerts")
          .description("Alerts raised, by kind and severity")
          .tag("kind", ProcedureMetrics.name(alert.kind()))
          .tag("severity", ProcedureMetrics.name(alert.severity()))
          .register(registry)
          .increment();
      log.save(alert);
    };
  }
}
