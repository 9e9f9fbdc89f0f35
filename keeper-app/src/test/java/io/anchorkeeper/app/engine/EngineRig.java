package io.anchorkeeper.app.engine;

import io.anchorkeeper.app.engine.fakes.DiscardingJournal;
import io.anchorkeeper.app.engine.fakes.MemorySlotStore;
import io.anchorkeeper.app.engine.fakes.SilentFeed;
import io.anchorkeeper.app.engine.fakes.SpecExchange;
import io.anchorkeeper.app.persistence.TestClock;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.journal.ProcedureHistory;
import io.anchorkeeper.core.journal.ProcedureStarted;
import io.anchorkeeper.core.margin.MarginCalculator;
import io.anchorkeeper.core.margin.PnlCalculator;
import io.anchorkeeper.core.notify.Alert;
import io.anchorkeeper.core.port.Exchange;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.procedure.ProcedureContext;
import io.anchorkeeper.core.procedure.RetryPolicy;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A keeper engine without Spring, exchange or database: slots in memory, the instruments' specs
 * from a list, no feed, and a ledger that records every procedure the rules ask for and answers
 * "busy", so nothing ever runs. Alerts are recorded too. The engine is not started: reconciliation
 * is never scheduled within a test.
 */
final class EngineRig implements AutoCloseable {

  final TestClock clock;
  final SlotRegistry registry;
  final PositionBook book = new PositionBook();
  final KeeperEngine engine;
  private final List<Alert> alerts = new ArrayList<>();
  private final List<String> intents = new ArrayList<>();

  EngineRig(
      TestClock clock,
      AnchorSettings global,
      Collection<InstrumentSpec> specs,
      boolean quietBands) {
    this.clock = clock;
    this.registry = new SlotRegistry(new MemorySlotStore(), global);
    Map<InstrumentId, InstrumentSpec> byId =
        specs.stream().collect(Collectors.toMap(InstrumentSpec::instId, Function.identity()));
    Exchange exchange = new SpecExchange(byId);
    ProcedureRunner runner =
        new ProcedureRunner(
            registry,
            new RecordingLedger(),
            new ProcedureContext(
                exchange, new DiscardingJournal(), clock, duration -> {}, RetryPolicy.DEFAULT),
            Executors.newSingleThreadExecutor(),
            Executors.newSingleThreadScheduledExecutor(),
            Duration.ofHours(1));
    this.engine =
        new KeeperEngine(
            registry,
            book,
            runner,
            exchange,
            new SilentFeed(),
            n -> {},
            new Alerts(alerts::add, n -> {}),
            clock,
            new EngineProperties(1, Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofDays(1))
                .withQuietBands(quietBands),
            Executors.newSingleThreadScheduledExecutor());
  }

  SlotId addSlot(SlotId slot, AccountKind kind) {
    engine.addSlot(slot, kind);
    return slot;
  }

  /** The alerts raised and the procedures asked for since the last call, and forgets them. */
  Happenings drain() {
    Happenings happened = new Happenings(List.copyOf(alerts), List.copyOf(intents));
    alerts.clear();
    intents.clear();
    return happened;
  }

  /** What one step caused. */
  record Happenings(List<Alert> alerts, List<String> intents) {
    boolean isEmpty() {
      return alerts.isEmpty() && intents.isEmpty();
    }
  }

  /** A position as the exchange would push it, with its own figures at {@code mark}. */
  static PositionSnapshot position(
      SlotId slot,
      InstrumentSpec spec,
      Contracts size,
      Price entry,
      Price mark,
      Leverage lever,
      Usdt margin,
      Instant updatedAt) {
    return new PositionSnapshot(
        slot,
        size,
        entry,
        mark,
        margin,
        MarginCalculator.maintenanceMargin(spec, size, mark, Ratio.ofPercent("0.4")),
        PnlCalculator.unrealisedPnl(spec, slot.side(), size, entry, mark),
        PnlCalculator.profitRate(spec, slot.side(), size, entry, mark, lever),
        lever,
        Optional.empty(),
        Optional.empty(),
        Usdt.ZERO,
        Usdt.ZERO,
        updatedAt.minusSeconds(60),
        updatedAt);
  }

  @Override
  public void close() {
    engine.close();
  }

  private final class RecordingLedger implements ProcedureLedger {
    @Override
    public Optional<ProcedureId> begin(ProcedureStarted started) {
      intents.add(
          started.request().type()
              + " "
              + started.request().slot().id()
              + " "
              + started.request().trigger().requestedBy());
      return Optional.of(started.request().id());
    }

    @Override
    public List<ProcedureHistory> unfinished() {
      return List.of();
    }

    @Override
    public Optional<ProcedureHistory> history(ProcedureId procedure) {
      return Optional.empty();
    }
  }
}
