package io.anchorkeeper.app.ops;

import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.SlotStatus;
import io.anchorkeeper.app.engine.SlotView;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code keeper.slots}: a gauge per {@code status} (paused, maintaining, ..., normal) counting the
 * slots in it, read from {@link KeeperEngine#views()} when scraped. One scrape reads all the gauges
 * within a moment, so the counts are taken once and kept for a second.
 */
final class SlotStatusGauges {

  private static final Duration KEEP = Duration.ofSeconds(1);

  private final Supplier<List<SlotView>> views;
  private final Clock clock;
  private Map<SlotStatus, Long> counts = new EnumMap<>(SlotStatus.class);
  private Instant countedAt = Instant.MIN;

  SlotStatusGauges(Supplier<List<SlotView>> views, Clock clock) {
    this.views = views;
    this.clock = clock;
  }

  static SlotStatusGauges register(MeterRegistry registry, KeeperEngine engine, Clock clock) {
    SlotStatusGauges gauges = new SlotStatusGauges(engine::views, clock);
    for (SlotStatus status : SlotStatus.values()) {
      Gauge.builder("keeper.slots", gauges, g -> g.count(status))
          .description("Anchor slots by status")
          .tag("status", ProcedureMetrics.name(status))
          .register(registry);
    }
    return gauges;
  }

  synchronized double count(SlotStatus status) {
    Instant now = clock.instant();
    if (!now.isBefore(countedAt.plus(KEEP)) || now.isBefore(countedAt)) {
      Map<SlotStatus, Long> fresh = new EnumMap<>(SlotStatus.class);
      for (SlotView view : views.get()) {
        fresh.merge(view.status(), 1L, Long::sum);
      }
      counts = fresh;
      countedAt = now;
    }
    return counts.getOrDefault(status, 0L);
  }
}
