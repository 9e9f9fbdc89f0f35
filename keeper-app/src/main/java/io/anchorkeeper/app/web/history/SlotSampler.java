package io.anchorkeeper.app.web.history;

import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.ProcedureRunner;
import io.anchorkeeper.app.engine.RunnerListener;
import io.anchorkeeper.app.engine.SlotView;
import io.anchorkeeper.app.web.DashboardProperties;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.slot.SlotId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Samples every slot holding a position every {@code keeper.dashboard.sample-interval}, and a slot
 * again when one of its procedures ends (so a maintenance shows as a step in its chart), from the
 * engine's views; deletes samples older than the retention. Works on its own thread: the
 * procedure's thread only hands the slot over.
 */
public final class SlotSampler implements RunnerListener, SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SlotSampler.class);
  private static final Duration PURGE_INTERVAL = Duration.ofHours(1);

  /** How many intervals an unchanged slot goes without a new sample. */
  static final int QUIET_SAMPLES = 10;

  private final KeeperEngine engine;
  private final SlotSampleRepository samples;
  private final DashboardProperties properties;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final Map<SlotId, SlotSample> last = new ConcurrentHashMap<>();
  private volatile ScheduledExecutorService scheduler;

  public SlotSampler(
      KeeperEngine engine,
      ProcedureRunner runner,
      SlotSampleRepository samples,
      DashboardProperties properties,
      Clock clock,
      ApplicationEventPublisher events) {
    this.engine = engine;
    this.samples = samples;
    this.properties = properties;
    this.clock = clock;
    this.events = events;
    runner.addListener(this);
  }

  @Override
  public synchronized void start() {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "dashboard-sampler");
              thread.setDaemon(true);
              return thread;
            });
    long interval = properties.sampleInterval().toMillis();
    executor.scheduleWithFixedDelay(
        () -> guarded("sampling", this::sampleAll), interval, interval, TimeUnit.MILLISECONDS);
    executor.scheduleWithFixedDelay(
        () -> guarded("deleting old samples", this::purge),
        0,
        PURGE_INTERVAL.toMillis(),
        TimeUnit.MILLISECONDS);
    scheduler = executor;
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  @Override
  public boolean isRunning() {
    return scheduler != null;
  }

  /** Samples the slot of a finished procedure, after the engine re-read its position. */
  @Override
  public void onFinished(ProcedureReport report) {
    SlotId slot = report.request().slot().id();
    ScheduledExecutorService executor = scheduler;
    if (executor != null) {
      executor.execute(
          () ->
              guarded("sampling " + slot, () -> sample(engine.view(slot).stream().toList(), true)));
    }
  }

  /** Samples every slot holding a position now. */
  public void sampleAll() {
    sample(engine.views(), false);
  }

  private void sample(List<SlotView> views, boolean always) {
    Instant now = clock.instant();
    Instant quietUntil = now.minus(properties.sampleInterval().multipliedBy(QUIET_SAMPLES));
    List<SlotSample> taken =
        views.stream()
            .map(v -> SlotSample.of(v, now))
            .flatMap(Optional::stream)
            .filter(s -> always || moved(s, quietUntil))
            .toList();
    if (taken.isEmpty()) {
      return;
    }
    samples.save(taken);
    taken.forEach(s -> last.put(s.slot(), s));
    events.publishEvent(new SamplesRecorded(taken.stream().map(SlotSample::slot).toList(), now));
  }

  /** True when the sample differs from the slot's last one, or that one is older than quiet. */
  private boolean moved(SlotSample sample, Instant quietUntil) {
    SlotSample before = last.get(sample.slot());
    return before == null || before.at().isBefore(quietUntil) || !before.sameFigures(sample);
  }

  private void purge() {
    int deleted = samples.deleteBefore(clock.instant().minus(properties.sampleRetention()));
    if (deleted > 0) {
      log.debug("deleted {} slot samples older than {}", deleted, properties.sampleRetention());
    }
  }

  private static void guarded(String what, Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      log.warn("dashboard: {} failed: {}", what, e.toString());
    }
  }
}
