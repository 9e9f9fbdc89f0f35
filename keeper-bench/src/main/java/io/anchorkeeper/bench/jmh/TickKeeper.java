package io.anchorkeeper.bench.jmh;

import io.anchorkeeper.app.engine.Alerts;
import io.anchorkeeper.app.engine.EngineProperties;
import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.PositionBook;
import io.anchorkeeper.app.engine.ProcedureRunner;
import io.anchorkeeper.app.engine.SlotRegistry;
import io.anchorkeeper.app.engine.fakes.DiscardingJournal;
import io.anchorkeeper.app.engine.fakes.MemorySlotStore;
import io.anchorkeeper.app.engine.fakes.SilentFeed;
import io.anchorkeeper.app.engine.fakes.SpecExchange;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.instrument.MarginTiers;
import io.anchorkeeper.core.margin.MarginCalculator;
import io.anchorkeeper.core.margin.PnlCalculator;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.procedure.ProcedureContext;
import io.anchorkeeper.core.procedure.RetryPolicy;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Decimals;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The real {@link KeeperEngine} with {@code instruments × accounts × 2} sub-account slots (both
 * sides of every instrument on every account), each holding a 10x anchor of 10 U whose entry price
 * puts it at a profit rate between -4% and +25% at the instrument's base price: inside every band
 * of the default settings (alerts from -5%, take-profit at +30%) by at least one point. {@link
 * #tick} moves every instrument's mark by one tick size, up or down, which crosses nothing.
 */
final class TickKeeper implements AutoCloseable {

  private static final Instant POSITIONS_AT = Instant.parse("2026-01-05T09:30:00Z");
  private static final Leverage LEVER = Leverage.of(10);
  private static final Usdt ANCHOR_MARGIN = Usdt.of(10);
  private static final double LOWEST_RATE = -0.04;
  private static final double HIGHEST_RATE = 0.25;

  private final KeeperEngine engine;
  private final BusyLedger ledger = new BusyLedger();
  private final AtomicLong alerts = new AtomicLong();
  private final InstrumentId[] instruments;
  private final Price[] basePrices;
  private final Price[] nudgedPrices;
  private final ExecutorService procedureThreads;
  private final ScheduledExecutorService schedulers;
  private long ticks;

  TickKeeper(int instrumentCount, int accountCount, boolean quietBands) {
    Map<InstrumentId, InstrumentSpec> specs = new LinkedHashMap<>();
    instruments = new InstrumentId[instrumentCount];
    basePrices = new Price[instrumentCount];
    nudgedPrices = new Price[instrumentCount];
    for (int i = 0; i < instrumentCount; i++) {
      InstrumentSpec spec = spec(i);
      specs.put(spec.instId(), spec);
      instruments[i] = spec.instId();
      BigDecimal base = BigDecimal.valueOf(100 + 37L * i);
      basePrices[i] = Price.of(base);
      nudgedPrices[i] = Price.of(base.add(spec.tickSz()));
    }
    Clock clock = Clock.fixed(POSITIONS_AT, ZoneOffset.UTC);
    SpecExchange exchange = new SpecExchange(specs);
    SlotRegistry slots = new SlotRegistry(new MemorySlotStore(), AnchorSettings.defaults());
    PositionBook book = new PositionBook();
    procedureThreads = Executors.newSingleThreadExecutor(daemons());
    schedulers = Executors.newScheduledThreadPool(1, daemons());
    ProcedureRunner runner =
        new ProcedureRunner(
            slots,
            ledger,
            new ProcedureContext(
                exchange, new DiscardingJournal(), clock, duration -> {}, RetryPolicy.DEFAULT),
            procedureThreads,
            schedulers,
            Duration.ofHours(1));
    // The first reconciliation would ask the exchange for positions: put it a day away.
    EngineProperties properties =
        new EngineProperties(1, Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofDays(1))
            .withQuietBands(quietBands);
    engine =
        new KeeperEngine(
            slots,
            book,
            runner,
            exchange,
            new SilentFeed(),
            notification -> {},
            new Alerts(alert -> alerts.incrementAndGet(), notification -> {}),
            clock,
            properties,
            schedulers);
    seed(slots, book, specs, accountCount);
    engine.start();
  }

  /** Instrument {@code i}: 0.1 base units a contract, lots of 0.01, ticks of 0.01. */
  private static InstrumentSpec spec(int i) {
    return new InstrumentSpec(
        InstrumentId.of(String.format("C%02d-USDT-SWAP", i)),
        new BigDecimal("0.1"),
        BigDecimal.ONE,
        new BigDecimal("0.01"),
        Contracts.of("0.01"),
        new BigDecimal("0.01"),
        Contracts.of("100000"),
        Leverage.of(100),
        MarginTiers.empty());
  }

  private void seed(
      SlotRegistry slots,
      PositionBook book,
      Map<InstrumentId, InstrumentSpec> specs,
      int accountCount) {
    Random random = new Random(42);
    for (int a = 0; a < accountCount; a++) {
      AccountName account = AccountName.of(String.format("sub%03d", a));
      for (int i = 0; i < instruments.length; i++) {
        for (PositionSide side : List.of(PositionSide.LONG, PositionSide.SHORT)) {
          SlotId slot = new SlotId(account, instruments[i], side);
          slots.ensure(slot, AccountKind.SUB);
          double rate = LOWEST_RATE + random.nextDouble() * (HIGHEST_RATE - LOWEST_RATE);
          book.put(
              slot, Optional.of(position(slot, specs.get(instruments[i]), basePrices[i], rate)));
        }
      }
    }
  }

  /** A 10 U anchor whose profit rate at {@code mark} is about {@code rate}. */
  private static PositionSnapshot position(
      SlotId slot, InstrumentSpec spec, Price mark, double rate) {
    double factor = slot.side() == PositionSide.LONG ? 1 + rate / 10 : 1 - rate / 10;
    Price entry =
        Price.of(Decimals.divide(mark.value(), BigDecimal.valueOf(factor)))
            .roundToTick(spec.tickSz(), RoundingMode.HALF_UP);
    Contracts size =
        spec.roundDownToLot(
            Contracts.of(
                Decimals.divide(
                    ANCHOR_MARGIN.amount().multiply(LEVER.value()),
                    entry.value().multiply(spec.contractValue()))));
    return new PositionSnapshot(
        slot,
        size,
        entry,
        mark,
        ANCHOR_MARGIN,
        MarginCalculator.maintenanceMargin(spec, size, mark, Ratio.ofPercent("0.4")),
        PnlCalculator.unrealisedPnl(spec, slot.side(), size, entry, mark),
        PnlCalculator.profitRate(spec, slot.side(), size, entry, mark, LEVER),
        LEVER,
        Optional.empty(),
        Optional.empty(),
        Usdt.ZERO,
        Usdt.ZERO,
        POSITIONS_AT,
        POSITIONS_AT);
  }

  /**
   * One mark on every instrument, each newer than the last and one tick above or at the base price,
   * in turn: every slot is looked at once.
   */
  void tick() {
    ticks++;
    Instant at = POSITIONS_AT.plusMillis(ticks);
    Price[] prices = (ticks & 1) == 0 ? basePrices : nudgedPrices;
    for (int i = 0; i < instruments.length; i++) {
      engine.onMarkPrice(instruments[i], prices[i], at);
    }
  }

  int slotCount() {
    return engine.slots().all().size();
  }

  /** Alerts raised and procedures asked for so far; a quiet tick causes none. */
  long happenings() {
    return alerts.get() + ledger.asked();
  }

  @Override
  public void close() {
    engine.close();
    procedureThreads.shutdownNow();
    schedulers.shutdownNow();
  }

  private static ThreadFactory daemons() {
    return runnable -> {
      Thread thread = new Thread(runnable, "bench-keeper");
      thread.setDaemon(true);
      return thread;
    };
  }
}
