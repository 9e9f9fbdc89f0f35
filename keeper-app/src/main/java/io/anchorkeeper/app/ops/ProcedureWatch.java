package io.anchorkeeper.app.ops;

import io.anchorkeeper.app.engine.RunnerListener;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.slot.SlotId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the engine's health reports: the procedures running now (read from the runner's lanes, so
 * those resumed at start-up count too), those among them that the exchange interrupted and that
 * wait to resume, and those running longer than {@code stuckAfter} (by the time in their id).
 */
final class ProcedureWatch implements RunnerListener {

  /** One running procedure. */
  record Running(ProcedureId id, SlotId slot, Instant since) {
    @Override
    public String toString() {
      return id + " on " + slot + " since " + since;
    }
  }

  /** The engine's procedures at one moment. */
  record Snapshot(List<Running> running, List<Running> interrupted, List<Running> stuck) {}

  private final Supplier<Collection<SlotId>> slots;
  private final Function<SlotId, Optional<ProcedureId>> runningOn;
  private final Clock clock;
  private final Duration stuckAfter;
  private final Set<ProcedureId> interrupted = ConcurrentHashMap.newKeySet();

  /**
   * @param slots every slot
   * @param runningOn the procedure running on a slot, if any (the runner's lane)
   */
  ProcedureWatch(
      Supplier<Collection<SlotId>> slots,
      Function<SlotId, Optional<ProcedureId>> runningOn,
      Clock clock,
      Duration stuckAfter) {
    this.slots = slots;
    this.runningOn = runningOn;
    this.clock = clock;
    this.stuckAfter = stuckAfter;
  }

  @Override
  public void onInterrupted(
      SlotId slot, ProcedureId procedure, String reason, boolean rateLimited, int attempt) {
    interrupted.add(procedure);
  }

  @Override
  public void onFinished(ProcedureReport report) {
    interrupted.remove(report.request().id());
  }

  Snapshot snapshot() {
    List<Running> running =
        slots.get().stream()
            .flatMap(
                slot ->
                    runningOn.apply(slot).map(id -> new Running(id, slot, id.createdAt())).stream())
            .toList();
    Set<ProcedureId> runningIds = running.stream().map(Running::id).collect(Collectors.toSet());
    interrupted.removeIf(id -> !runningIds.contains(id));
    Instant stuckSince = clock.instant().minus(stuckAfter);
    return new Snapshot(
        running,
        running.stream().filter(r -> interrupted.contains(r.id())).toList(),
        running.stream().filter(r -> r.since().isBefore(stuckSince)).toList());
  }
}
