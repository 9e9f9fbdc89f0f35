package io.anchorkeeper.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.app.persistence.TestClock;
import io.anchorkeeper.core.alert.AlertLevel;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.instrument.MarginTiers;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.settings.InvalidSettingsException;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.settings.SettingsOverridesBuilder;
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
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The quiet band is an optimisation only: an engine that skips slots inside their bands raises
 * exactly the alerts, asks for exactly the procedures and keeps exactly the watch state and
 * dashboard view of an engine that evaluates every slot at every mark. Each seeded scenario drives
 * both with the same random walk of marks across every threshold (often landing on a threshold
 * exactly, or a hair to either side), interleaved with new positions, settings, pauses, counts,
 * cooldowns, marks older than the position and the passing of time, and compares them after every
 * step.
 */
class QuietBandEquivalenceTest {

  private static final int SCENARIOS = 150;
  private static final int STEPS = 400;
  private static final InstrumentId INSTRUMENT = InstrumentId.of("XYZ-USDT-SWAP");
  private static final Instant T0 = Instant.parse("2026-01-05T09:30:00Z");
  private static final String[] LEVERAGES = {"1", "2", "3", "5", "10", "20", "50", "66.66", "125"};
  private static final ProcedureType[] COOLABLE = {
    ProcedureType.SUPER_MAINTENANCE,
    ProcedureType.NORMAL_MAINTENANCE,
    ProcedureType.TAKE_PROFIT,
    ProcedureType.MARGIN_CORRECTION,
    ProcedureType.AUTO_OPEN
  };

  private long skipped;
  private long evaluated;

  @Test
  void skippingSlotsInsideTheirBandsChangesNothingThatEvaluatingThemWouldNot() {
    for (long seed = 1; seed <= SCENARIOS; seed++) {
      new Scenario(seed).run();
    }
    assertThat(skipped).as("ticks the fast path let through").isGreaterThan(evaluated / 8);
    assertThat(evaluated).as("ticks that needed a full evaluation").isGreaterThan(skipped / 20);
  }

  /** What a slot's watch holds, for comparison. */
  private record WatchState(
      AlertLevel level,
      boolean cappedAlerted,
      boolean ownerAlerted,
      boolean offBandAlerted,
      Optional<Ratio> lastProfitRate) {

    static WatchState of(SlotWatch watch) {
      synchronized (watch) {
        return new WatchState(
            watch.level,
            watch.cappedAlerted,
            watch.ownerAlerted,
            watch.offBandAlerted,
            watch.lastProfitRate());
      }
    }
  }

  private final class Scenario {
    private final long seed;
    private final Random random;
    private final TestClock clock = new TestClock(T0);
    private final InstrumentSpec spec;
    private final EngineRig fast;
    private final EngineRig full;
    private final List<SlotId> slots = new ArrayList<>();
    private final Map<SlotId, AccountKind> kinds = new HashMap<>();
    private final Map<SlotId, PositionSnapshot> positions = new HashMap<>();
    private BigDecimal mark;
    private Instant markTime = T0;
    private int step;
    private String lastAction = "";

    Scenario(long seed) {
      this.seed = seed;
      this.random = new Random(seed);
      this.spec = randomSpec();
      AnchorSettings global = randomSettings();
      this.fast = new EngineRig(clock, global, List.of(spec), true);
      this.full = new EngineRig(clock, global, List.of(spec), false);
      this.mark = new BigDecimal(pick("0.0123", "0.5", "3", "150", "3000", "65000"));
    }

    void run() {
      try (fast;
          full) {
        addSlots();
        for (step = 0; step < STEPS; step++) {
          randomStep();
          compare();
        }
      }
    }

    /** Mostly a mark; otherwise one of the changes the band must notice, or time passing. */
    private void randomStep() {
      int dice = random.nextInt(100);
      if (dice < 70) {
        tick();
      } else if (dice < 75) {
        SlotId slot = slotToChange();
        positions.remove(slot);
        both(r -> r.engine.onPosition(slot, Optional.empty()), "position gone");
      } else if (dice < 76) {
        reconcile(slotToChange().account());
      } else if (dice < 78) {
        PositionSnapshot next = randomPosition(slotToChange());
        both(r -> r.engine.onPosition(next.slot(), Optional.of(next)), "new position");
      } else if (dice < 80) {
        SlotId slot = slotToChange();
        boolean paused = !fast.registry.find(slot).orElseThrow().paused();
        both(r -> r.engine.pause(slot, paused, "test"), "pause");
      } else if (dice < 83) {
        SlotId slot = slotToChange();
        int count = random.nextInt(5);
        both(r -> r.registry.countWritten(slot, count), "count");
      } else if (dice < 86) {
        changeOverrides();
      } else if (dice < 87) {
        changeGlobalSettings();
      } else if (dice < 90) {
        SlotId slot = slotToChange();
        ProcedureType type =
            random.nextBoolean()
                ? RuleEvaluator.maintenanceType(kinds.get(slot))
                : COOLABLE[random.nextInt(COOLABLE.length)];
        Instant until = clock.instant().plusSeconds(1 + random.nextInt(120));
        both(r -> onWatch(r, slot, w -> w.coolDown(type, until)), "cool down");
      } else if (dice < 92) {
        SlotId slot = slotToChange();
        ProcedureType type = COOLABLE[random.nextInt(COOLABLE.length)];
        both(r -> onWatch(r, slot, w -> w.clearCooldown(type)), "cooldown cleared");
      } else if (dice < 94) {
        clock.advance(Duration.ofSeconds(random.nextInt(400)));
      } else if (dice < 97) {
        PositionSnapshot next = randomPosition(slotToChange());
        both(r -> r.book.put(next.slot(), Optional.of(next)), "position put in the book");
      } else {
        SlotId slot = slotToChange();
        both(r -> r.engine.evaluate(slot), "evaluate");
      }
    }

    private void addSlots() {
      String[][] candidates = {
        {"main", "long"}, {"main", "short"}, {"s1", "long"}, {"s1", "short"}, {"s2", "long"}
      };
      for (String[] c : candidates) {
        if (slots.isEmpty() || random.nextInt(4) > 0) {
          SlotId slot = SlotId.of(c[0], INSTRUMENT.value(), c[1]);
          AccountKind kind = c[0].equals("main") ? AccountKind.MAIN : AccountKind.SUB;
          slots.add(slot);
          kinds.put(slot, kind);
          both(r -> r.addSlot(slot, kind), "add slot");
          int count = random.nextInt(4);
          both(r -> r.registry.countWritten(slot, count), "count");
          PositionSnapshot position = randomPosition(slot);
          both(r -> r.engine.onPosition(slot, Optional.of(position)), "position");
        }
      }
    }

    /** A mark: mostly a small move, often exactly at or a hair off a slot's threshold. */
    private void tick() {
      int kind = random.nextInt(10);
      if (kind < 5) {
        double sigma = new double[] {1e-6, 1e-4, 1e-3, 1e-2}[random.nextInt(4)];
        mark = positive(mark.multiply(BigDecimal.valueOf(1 + random.nextGaussian() * sigma)));
      } else if (kind < 8) {
        mark = positive(thresholdPrice());
      } else {
        double rate = -0.4 + random.nextDouble() * 1.1;
        mark = positive(priceAtRate(anyPosition(), BigDecimal.valueOf(rate)));
      }
      int when = random.nextInt(20);
      markTime = when == 0 ? markTime.minusSeconds(3) : markTime.plusSeconds(when == 1 ? 0 : 1);
      clock.advance(Duration.ofMillis(random.nextInt(3000)));
      Map<SlotId, QuietBand> before = bands();
      Price price = Price.of(mark);
      both(r -> r.engine.onMarkPrice(INSTRUMENT, price, markTime), "mark " + mark);
      Map<SlotId, QuietBand> after = bands();
      for (SlotId slot : slots) {
        QuietBand band = before.get(slot);
        if (band != null && band == after.get(slot)) {
          skipped++;
        } else {
          evaluated++;
        }
      }
    }

    private Map<SlotId, QuietBand> bands() {
      Map<SlotId, QuietBand> bands = new HashMap<>();
      slots.forEach(s -> bands.put(s, fast.engine.watch(s).quietBand()));
      return bands;
    }

    /** A threshold of a random slot turned into a price, sometimes nudged a hair either way. */
    private BigDecimal thresholdPrice() {
      PositionSnapshot p = anyPosition();
      AnchorSettings settings = fast.registry.settings(p.slot());
      List<Ratio> thresholds = new ArrayList<>();
      thresholds.add(settings.triggerLoss());
      settings.takeProfit().ifPresent(thresholds::add);
      var alerts = settings.alertThresholds();
      for (Ratio t : List.of(alerts.notice(), alerts.warning(), alerts.critical())) {
        thresholds.add(t);
        thresholds.add(t.plus(alerts.hysteresis()));
      }
      BigDecimal rate = thresholds.get(random.nextInt(thresholds.size())).value();
      BigDecimal price = priceAtRate(p, rate);
      switch (random.nextInt(5)) {
        case 0:
          return price.add(spec.tickSz());
        case 1:
          return price.subtract(spec.tickSz());
        case 2:
          return price.multiply(BigDecimal.ONE.add(new BigDecimal("1e-10")));
        case 3:
          return price.multiply(BigDecimal.ONE.subtract(new BigDecimal("1e-10")));
        default:
          return price;
      }
    }

    /** A random slot's position; one is opened when no slot has any. */
    private PositionSnapshot anyPosition() {
      if (positions.isEmpty()) {
        PositionSnapshot opened = randomPosition(slotToChange());
        both(r -> r.engine.onPosition(opened.slot(), Optional.of(opened)), "new position");
      }
      List<PositionSnapshot> open = List.copyOf(positions.values());
      return open.get(random.nextInt(open.size()));
    }

    /**
     * A full read of the account, as reconciliation makes it: its slots' positions afresh, the
     * account synced (so a slot without a position is opened), then its slots evaluated.
     */
    private void reconcile(AccountName account) {
      List<PositionSnapshot> read = new ArrayList<>();
      for (SlotId slot : slots) {
        if (slot.account().equals(account) && positions.containsKey(slot)) {
          read.add(randomPosition(slot));
        }
      }
      both(
          r -> {
            r.book.replaceAccount(account, read);
            slots.stream().filter(s -> s.account().equals(account)).forEach(r.engine::evaluate);
          },
          "reconcile " + account);
    }

    private BigDecimal priceAtRate(PositionSnapshot p, BigDecimal rate) {
      BigDecimal entry = p.averagePrice().value();
      BigDecimal move = Decimals.divide(entry.multiply(rate), p.leverage().value());
      return p.side() == PositionSide.LONG ? entry.add(move) : entry.subtract(move);
    }

    private BigDecimal positive(BigDecimal price) {
      BigDecimal rounded = price.round(MathContext.DECIMAL64);
      return rounded.signum() > 0 ? rounded : spec.tickSz();
    }

    private PositionSnapshot randomPosition(SlotId slot) {
      BigDecimal entry =
          positive(mark.multiply(BigDecimal.valueOf(Math.exp((random.nextDouble() - 0.5) / 5))))
              .setScale(spec.tickSz().scale(), RoundingMode.HALF_UP)
              .max(spec.tickSz());
      Leverage lever = Leverage.of(LEVERAGES[random.nextInt(LEVERAGES.length)]);
      Contracts size =
          Contracts.of(spec.lotSz().multiply(BigDecimal.valueOf(1 + random.nextInt(500))));
      SlotConfig config = fast.registry.find(slot).orElseThrow();
      Usdt target;
      try {
        target =
            fast.registry.settings(slot).targetMargin(config.kind(), config.maintenanceCount());
      } catch (InvalidSettingsException e) {
        target = Usdt.of(10);
      }
      int off = random.nextInt(10);
      Usdt margin =
          off == 0
              ? target.times(new BigDecimal("1.07"))
              : off == 1 ? target.times(new BigDecimal("1.5")) : target;
      Instant updatedAt = random.nextInt(10) == 0 ? markTime.plusSeconds(4) : markTime;
      PositionSnapshot position =
          EngineRig.position(
              slot, spec, size, Price.of(entry), Price.of(mark), lever, margin, updatedAt);
      positions.put(slot, position);
      return position;
    }

    private void changeOverrides() {
      SlotId slot = slotToChange();
      SettingsOverridesBuilder overrides = SettingsOverrides.builder();
      if (random.nextBoolean()) {
        overrides.triggerLoss(percent(-0.5, -25));
      }
      if (random.nextInt(3) == 0) {
        overrides.takeProfitEnabled(false);
      } else if (random.nextBoolean()) {
        overrides.takeProfit(percent(0.5, 80));
      }
      if (random.nextBoolean()) {
        overrides.alertHysteresis(percent(0, 0.5));
      }
      if (random.nextBoolean()) {
        overrides.maxMaintenances(random.nextInt(5));
      }
      if (random.nextInt(4) == 0) {
        overrides.mainAutoMaintain(random.nextBoolean());
      }
      SettingsOverrides built = overrides.build();
      try {
        fast.registry.setOverrides(slot, built, "test");
      } catch (InvalidSettingsException e) {
        return;
      }
      full.registry.setOverrides(slot, built, "test");
    }

    private void changeGlobalSettings() {
      AnchorSettings next;
      try {
        next = randomSettings();
        fast.registry.setGlobalSettings(next);
      } catch (InvalidSettingsException e) {
        return;
      }
      full.registry.setGlobalSettings(next);
    }

    /** Random valid settings; a draw that rounding made invalid is drawn again. */
    private AnchorSettings randomSettings() {
      while (true) {
        try {
          return drawSettings();
        } catch (InvalidSettingsException e) {
          // drawn again
        }
      }
    }

    private AnchorSettings drawSettings() {
      double notice = -0.3 - random.nextDouble() * 8;
      double warning = notice - 0.1 - random.nextDouble() * 5;
      double critical = warning - 0.1 - random.nextDouble() * 5;
      SettingsOverridesBuilder b =
          SettingsOverrides.builder()
              .triggerLoss(percent(-0.5, -25))
              .maxMaintenances(random.nextInt(5))
              .alertNotice(Ratio.ofPercent(scaled(notice)))
              .alertWarning(Ratio.ofPercent(scaled(warning)))
              .alertCritical(Ratio.ofPercent(scaled(critical)))
              .alertHysteresis(
                  random.nextInt(4) == 0
                      ? Ratio.ZERO
                      : Ratio.ofPercent(scaled(random.nextDouble() * Math.min(2, -notice - 0.01))))
              .mainAutoMaintain(random.nextBoolean())
              .mainMarginCorrection(random.nextBoolean());
      if (random.nextInt(4) == 0) {
        b.takeProfitEnabled(false);
      } else {
        b.takeProfit(percent(0.5, 80));
      }
      return AnchorSettings.defaults().with(b.build());
    }

    private InstrumentSpec randomSpec() {
      BigDecimal tick = new BigDecimal(pick("0.0001", "0.01", "0.1", "1"));
      BigDecimal lot = new BigDecimal(pick("0.01", "1"));
      return new InstrumentSpec(
          INSTRUMENT,
          new BigDecimal(pick("0.001", "0.01", "0.1", "1", "10")),
          BigDecimal.ONE,
          lot,
          Contracts.of(lot),
          tick,
          Contracts.of("1000000"),
          Leverage.of(125),
          MarginTiers.empty());
    }

    private Ratio percent(double from, double to) {
      return Ratio.ofPercent(scaled(from + random.nextDouble() * (to - from)));
    }

    private BigDecimal scaled(double percent) {
      return BigDecimal.valueOf(percent).setScale(1 + random.nextInt(3), RoundingMode.HALF_UP);
    }

    private String pick(String... options) {
      return options[random.nextInt(options.length)];
    }

    private SlotId slotToChange() {
      return slots.get(random.nextInt(slots.size()));
    }

    private void onWatch(EngineRig rig, SlotId slot, Consumer<SlotWatch> change) {
      SlotWatch watch = rig.engine.watch(slot);
      synchronized (watch) {
        change.accept(watch);
      }
    }

    private void both(Consumer<EngineRig> action, String what) {
      action.accept(fast);
      action.accept(full);
      lastAction = what;
    }

    private void compare() {
      String where = "seed " + seed + " step " + step + " after " + lastAction;
      assertThat(fast.drain()).as(where).isEqualTo(full.drain());
      for (SlotId slot : slots) {
        assertThat(WatchState.of(fast.engine.watch(slot)))
            .as(where + " watch of " + slot)
            .isEqualTo(WatchState.of(full.engine.watch(slot)));
        assertThat(fast.engine.view(slot))
            .as(where + " view of " + slot)
            .isEqualTo(full.engine.view(slot));
      }
    }
  }
}
