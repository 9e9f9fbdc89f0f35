package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.journal.ProcedureHistory;
import io.anchorkeeper.core.journal.ProcedureStarted;
import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.procedure.ProcedureContext;
import io.anchorkeeper.core.procedure.ProcedureInterrupted;
import io.anchorkeeper.core.procedure.ProcedureRun;
import io.anchorkeeper.core.procedure.Procedures;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.slot.SlotId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs procedures, one lane per slot: whoever asks (a rule, the API, the dashboard, Telegram), a
 * slot runs at most one procedure at a time and a second request is answered with the running
 * procedure's id. The lane is held in memory for speed and in the database for every keeper
 * instance sharing it. A run interrupted by an unreachable exchange keeps its lane and is resumed
 * later from its journal; so is every unfinished procedure found at start-up.
 */
public final class ProcedureRunner implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ProcedureRunner.class);

  private final SlotRegistry slots;
  private final ProcedureLedger ledger;
  private final ProcedureContext context;
  private final ExecutorService executor;
  private final ScheduledExecutorService scheduler;
  private final Duration resumeBackoff;
  private final Clock clock;
  private final RandomGenerator random = new SecureRandom();
  private final Map<SlotId, Lane> lanes = new ConcurrentHashMap<>();
  private final Map<ProcedureId, CompletableFuture<ProcedureReport>> pending =
      new ConcurrentHashMap<>();
  private final List<RunnerListener> listeners = new CopyOnWriteArrayList<>();

  public ProcedureRunner(
      SlotRegistry slots,
      ProcedureLedger ledger,
      ProcedureContext context,
      ExecutorService executor,
      ScheduledExecutorService scheduler,
      Duration resumeBackoff) {
    this.slots = Objects.requireNonNull(slots, "slots must not be null");
    this.ledger = Objects.requireNonNull(ledger, "ledger must not be null");
    this.context = Objects.requireNonNull(context, "context must not be null");
    this.executor = Objects.requireNonNull(executor, "executor must not be null");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler must not be null");
    this.resumeBackoff = Objects.requireNonNull(resumeBackoff, "resumeBackoff must not be null");
    this.clock = context.clock();
  }

  public void addListener(RunnerListener listener) {
    listeners.add(listener);
  }

  /** Starts the command's procedure unless its slot is busy or the command is invalid. */
  public Submission submit(ProcedureCommand command) {
    try {
      return trySubmit(command);
    } catch (StaleCountException e) {
      slots.countWritten(command.slot(), e.current());
      return trySubmit(command);
    }
  }

  private Submission trySubmit(ProcedureCommand command) {
    SlotId slot = command.slot();
    Optional<SlotConfig> config = slots.find(slot);
    if (config.isEmpty()) {
      return new Submission.Refused("no anchor slot " + slot + " is configured");
    }
    ProcedureId id = ProcedureId.generate(clock, random);
    Lane lane = new Lane(id, command.type());
    Lane running = lanes.putIfAbsent(slot, lane);
    if (running != null) {
      return new Submission.Busy(running.id());
    }
    try {
      ProcedureRequest request;
      try {
        request =
            new ProcedureRequest(
                id,
                command.type(),
                config.get().anchorSlot(),
                command.trigger(),
                command.expectedSize(),
                command.maintenanceAmount(),
                command.targetMargin(),
                clock.instant());
      } catch (IllegalArgumentException e) {
        lanes.remove(slot, lane);
        return new Submission.Refused(e.getMessage());
      }
      ProcedureStarted started = new ProcedureStarted(request, clock.instant());
      Optional<ProcedureId> holder = ledger.begin(started);
      if (holder.isPresent()) {
        lanes.remove(slot, lane);
        return new Submission.Busy(holder.get());
      }
      CompletableFuture<ProcedureReport> done = new CompletableFuture<>();
      pending.put(id, done);
      listeners.forEach(l -> l.onStarted(request));
      launch(slot, id, ProcedureHistory.of(List.of(started)), 1);
      return new Submission.Started(id, done);
    } catch (RuntimeException e) {
      lanes.remove(slot, lane);
      throw e;
    }
  }

  /** Resumes every procedure the ledger holds as unfinished; called once at start-up. */
  public void resumeUnfinished() {
    for (ProcedureHistory history : ledger.unfinished()) {
      ProcedureRequest request = history.request();
      SlotId slot = request.slot().id();
      lanes.put(slot, new Lane(request.id(), request.type()));
      pending.putIfAbsent(request.id(), new CompletableFuture<>());
      log.info("resuming procedure {} {} on {}", request.id(), request.type(), slot);
      launch(slot, request.id(), history, 1);
    }
  }

  /** The procedure running on the slot, if any. */
  public Optional<ProcedureId> running(SlotId slot) {
    return Optional.ofNullable(lanes.get(slot)).map(Lane::id);
  }

  /** The type of the procedure running on the slot, if any. */
  public Optional<ProcedureType> runningType(SlotId slot) {
    return Optional.ofNullable(lanes.get(slot)).map(Lane::type);
  }

  /** A slot's running procedure. */
  private record Lane(ProcedureId id, ProcedureType type) {}

  /**
   * The report future of a running procedure (for callers that learnt its id from a busy answer).
   */
  public Optional<CompletableFuture<ProcedureReport>> completion(ProcedureId id) {
    return Optional.ofNullable(pending.get(id));
  }

  private void launch(SlotId slot, ProcedureId id, ProcedureHistory history, int attempt) {
    ProcedureRun run = Procedures.resume(history, slots.settings(slot), context);
    executor.execute(() -> drive(slot, id, run, attempt));
  }

  private void drive(SlotId slot, ProcedureId id, ProcedureRun run, int attempt) {
    try {
      ProcedureReport report = run.run();
      finished(slot, id, report);
    } catch (ProcedureInterrupted e) {
      log.warn("procedure {} on {} paused: {}; resuming later", id, slot, e.getMessage());
      boolean rateLimited = e.getCause() instanceof ExchangeException.RateLimited;
      for (RunnerListener listener : listeners) {
        try {
          listener.onInterrupted(slot, id, e.getMessage(), rateLimited, attempt);
        } catch (RuntimeException failure) {
          log.error("listener failed on the interruption of {}", id, failure);
        }
      }
      resumeLater(slot, id, attempt);
    } catch (RuntimeException e) {
      log.error("procedure {} on {} stopped by an error; resuming later", id, slot, e);
      resumeLater(slot, id, attempt);
    }
  }

  private void finished(SlotId slot, ProcedureId id, ProcedureReport report) {
    try {
      slots.countWritten(slot, report.countAfter());
      for (RunnerListener listener : listeners) {
        try {
          listener.onFinished(report);
        } catch (RuntimeException e) {
          log.error("listener failed on the report of {}", id, e);
        }
      }
    } finally {
      release(slot, id);
      CompletableFuture<ProcedureReport> done = pending.remove(id);
      if (done != null) {
        done.complete(report);
      }
    }
  }

  private void resumeLater(SlotId slot, ProcedureId id, int attempt) {
    long delay = resumeBackoff.toMillis() * Math.min(1L << Math.min(attempt - 1, 6), 64);
    try {
      scheduler.schedule(
          () -> {
            try {
              Optional<ProcedureHistory> history = ledger.history(id);
              if (history.isEmpty()) {
                release(slot, id);
                return;
              }
              launch(slot, id, history.get(), attempt + 1);
            } catch (RuntimeException e) {
              log.error("cannot resume procedure {} yet", id, e);
              resumeLater(slot, id, attempt + 1);
            }
          },
          delay,
          TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // Closed while the run was ending (shutdown): it stays unfinished in the journal and the next
      // start resumes it. Throwing here would only end the worker thread with an uncaught error.
      log.info("procedure {} on {} is left for the next start: the runner is closed", id, slot);
    }
  }

  private void release(SlotId slot, ProcedureId id) {
    lanes.computeIfPresent(slot, (s, lane) -> lane.id().equals(id) ? null : lane);
  }

  @Override
  public void close() {
    executor.shutdownNow();
    scheduler.shutdownNow();
  }
}
