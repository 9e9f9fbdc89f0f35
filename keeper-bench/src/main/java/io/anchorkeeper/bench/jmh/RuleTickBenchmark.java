package io.anchorkeeper.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rule evaluation on the price path: one mark-price tick on each of 50 instruments, so that every
 * one of 10,000 slots (200 per instrument) is looked at once. The move is one tick size and crosses
 * no threshold. {@link #quietTick} is the engine as it runs, skipping slots inside their quiet
 * bands; {@link #fullTick} is the same engine with quiet bands off, evaluating every slot in full.
 * Both check at the end that the ticks raised no alert and asked for no procedure.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RuleTickBenchmark {

  static final int INSTRUMENTS = 50;
  static final int ACCOUNTS = 100;

  /** The engine with quiet bands on, as it runs. */
  @State(Scope.Benchmark)
  public static class QuietBandsOn {
    TickKeeper keeper;

    @Setup(Level.Trial)
    public void start() {
      keeper = started(true);
    }

    @TearDown(Level.Trial)
    public void stop() {
      stopped(keeper);
    }
  }

  /** The same engine evaluating every slot at every mark. */
  @State(Scope.Benchmark)
  public static class QuietBandsOff {
    TickKeeper keeper;

    @Setup(Level.Trial)
    public void start() {
      keeper = started(false);
    }

    @TearDown(Level.Trial)
    public void stop() {
      stopped(keeper);
    }
  }

  @Benchmark
  public void quietTick(QuietBandsOn state) {
    state.keeper.tick();
  }

  @Benchmark
  public void fullTick(QuietBandsOff state) {
    state.keeper.tick();
  }

  /** A keeper with its slots seeded and one tick behind it, so the bands are in place. */
  static TickKeeper started(boolean quietBands) {
    TickKeeper keeper = new TickKeeper(INSTRUMENTS, ACCOUNTS, quietBands);
    if (keeper.slotCount() != INSTRUMENTS * ACCOUNTS * 2) {
      throw new IllegalStateException("expected 10,000 slots, got " + keeper.slotCount());
    }
    keeper.tick();
    return keeper;
  }

  static void stopped(TickKeeper keeper) {
    long happenings = keeper.happenings();
    keeper.close();
    if (happenings != 0) {
      throw new IllegalStateException(
          "the ticks were not quiet: " + happenings + " alerts and procedure requests");
    }
  }
}
