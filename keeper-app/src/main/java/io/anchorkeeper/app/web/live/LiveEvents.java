package io.anchorkeeper.app.web.live;

import io.anchorkeeper.app.api.PositionDto;
import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.ProcedureRunner;
import io.anchorkeeper.app.engine.RunnerListener;
import io.anchorkeeper.app.notify.DashboardFeed;
import io.anchorkeeper.app.notify.FeedEntry;
import io.anchorkeeper.app.web.DashboardProperties;
import io.anchorkeeper.app.web.history.SamplesRecorded;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The dashboard's live stream: every open page holds one server-sent event stream, and hears
 *
 * <ul>
 *   <li>{@code positions} when any slot's position, rate, count or status changed, checked every
 *       {@code keeper.dashboard.refresh-interval} (so at most that often);
 *   <li>{@code procedure-started} and {@code procedure-finished} from the runner;
 *   <li>{@code feed} for every notification;
 *   <li>{@code samples} when the sampler stored new chart points.
 * </ul>
 *
 * Each event's data is a small JSON object; pages fetch the parts that changed. Everything is sent
 * from one thread, so the runner's and the feed's threads only hand over; a stream that cannot be
 * written is dropped (the browser reconnects), and a comment every 15 s finds dead ones. All
 * streams are closed before the web server shuts down.
 */
public final class LiveEvents implements RunnerListener, SmartLifecycle {

  private static final Duration HEARTBEAT = Duration.ofSeconds(15);
  private static final long RECONNECT_MILLIS = 3_000;

  private final KeeperEngine engine;
  private final DashboardFeed feed;
  private final DashboardProperties properties;
  private final Set<SseEmitter> emitters = ConcurrentHashMap.newKeySet();
  private volatile ScheduledExecutorService sender;
  private volatile DashboardFeed.Subscription subscription;
  private int lastPositions;

  public LiveEvents(
      KeeperEngine engine,
      ProcedureRunner runner,
      DashboardFeed feed,
      DashboardProperties properties) {
    this.engine = engine;
    this.feed = feed;
    this.properties = properties;
    runner.addListener(this);
  }

  /** A new stream for one page; it starts with a {@code hello} event. */
  public SseEmitter open() {
    SseEmitter emitter = new SseEmitter(properties.eventTimeout().toMillis());
    emitter.onCompletion(() -> emitters.remove(emitter));
    emitter.onTimeout(() -> emitters.remove(emitter));
    emitter.onError(e -> emitters.remove(emitter));
    emitters.add(emitter);
    hand(() -> send(emitter, "hello", Map.of("streams", emitters.size())));
    return emitter;
  }

  /** How many pages are listening now. */
  public int listeners() {
    return emitters.size();
  }

  @Override
  public synchronized void start() {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "dashboard-live");
              thread.setDaemon(true);
              return thread;
            });
    long refresh = properties.refreshInterval().toMillis();
    executor.scheduleWithFixedDelay(this::checkPositions, refresh, refresh, TimeUnit.MILLISECONDS);
    executor.scheduleWithFixedDelay(
        this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    sender = executor;
    subscription = feed.subscribe(entry -> hand(() -> broadcast("feed", feedEvent(entry))));
  }

  @Override
  public synchronized void stop() {
    if (subscription != null) {
      subscription.close();
      subscription = null;
    }
    if (sender != null) {
      sender.shutdownNow();
      sender = null;
    }
    emitters.forEach(SseEmitter::complete);
    emitters.clear();
  }

  @Override
  public boolean isRunning() {
    return sender != null;
  }

  @Override
  public void onStarted(ProcedureRequest request) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("procedure_id", request.id().value());
    data.put("slot", request.slot().id().toString());
    data.put("type", lower(request.type().name()));
    hand(() -> broadcast("procedure-started", data));
  }

  @Override
  public void onFinished(ProcedureReport report) {
    ProcedureRequest request = report.request();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("procedure_id", request.id().value());
    data.put("slot", request.slot().id().toString());
    data.put("type", lower(request.type().name()));
    data.put("status", lower(report.status().name()));
    data.put("summary", report.summary());
    hand(() -> broadcast("procedure-finished", data));
  }

  @EventListener
  void onSamples(SamplesRecorded samples) {
    Map<String, Object> data =
        Map.of(
            "slots", samples.slots().stream().map(Object::toString).toList(),
            "at", samples.at().toString());
    hand(() -> broadcast("samples", data));
  }

  private void checkPositions() {
    if (emitters.isEmpty()) {
      return;
    }
    int positions = engine.views().stream().map(PositionDto::of).toList().hashCode();
    if (positions != lastPositions) {
      lastPositions = positions;
      broadcast("positions", Map.of("slots", engine.slots().all().size()));
    }
  }

  private void heartbeat() {
    for (SseEmitter emitter : emitters) {
      try {
        emitter.send(SseEmitter.event().comment("ping"));
      } catch (IOException | IllegalStateException e) {
        drop(emitter);
      }
    }
  }

  private void broadcast(String name, Object data) {
    emitters.forEach(emitter -> send(emitter, name, data));
  }

  private void send(SseEmitter emitter, String name, Object data) {
    try {
      emitter.send(
          SseEmitter.event()
              .name(name)
              .reconnectTime(RECONNECT_MILLIS)
              .data(data, MediaType.APPLICATION_JSON));
    } catch (IOException | IllegalStateException e) {
      drop(emitter);
    }
  }

  private void drop(SseEmitter emitter) {
    emitters.remove(emitter);
    emitter.complete();
  }

  /** Runs {@code task} on the sending thread; dropped when the dashboard is stopped. */
  private void hand(Runnable task) {
    ScheduledExecutorService executor = sender;
    if (executor != null) {
      try {
        executor.execute(task);
      } catch (RejectedExecutionException e) {
        // stopping: the streams are being closed anyway
      }
    }
  }

  private static Map<String, Object> feedEvent(FeedEntry entry) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("sequence", entry.sequence());
    data.put("kind", lower(entry.kind()));
    data.put("severity", lower(entry.severity().name()));
    data.put("slot", entry.slot().map(Object::toString).orElse(null));
    return data;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
