package io.anchorkeeper.bench.scenario;

import io.anchorkeeper.bench.report.Distribution;
import io.anchorkeeper.bench.report.RunReport;
import io.anchorkeeper.okx.emulator.http.RequestRecord;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * The seed's margin case: a sub-account slot's isolated margin at 20.29 U, band 9.5–10.5 U, step
 * cap 5 U. The keeper finds it off band at start-up (not timed: its start-up reads of the account
 * overlap), then each time the driver puts the margin back to 20.29 U; each correction's round
 * trips (every request the account sends from the correction's start to its end) and wall time are
 * counted, with {@code latency} ms per request.
 */
public final class CorrectionScenario implements Scenario {

  static final BigDecimal START_MARGIN = new BigDecimal("20.29");
  static final BigDecimal BAND_LOW = new BigDecimal("9.5");
  static final BigDecimal BAND_HIGH = new BigDecimal("10.5");

  @Override
  public String name() {
    return "correction";
  }

  @Override
  public String description() {
    return "margin correction 20.29 U -> 9.5..10.5 U with a 5 U step cap: round trips and wall"
        + " time [--trials=10 --latency-ms=50]";
  }

  @Override
  public RunReport run(Options options, Path work) throws InterruptedException {
    SingleSlot run = SingleSlot.read(options, 10);
    Layout.Slot slot = run.slot();
    RunReport report = run.report(name());
    try (BenchExchange exchange = run.startExchange()) {
      exchange.setMark(slot.instId(), BenchExchange.START_PRICE);
      exchange.openLong(slot, BigDecimal.TEN);
      putMarginAt(exchange, slot);
      Distribution roundTrip = run.injectLatency(exchange);
      KeeperSetup setup = new KeeperSetup(exchange, Set.of());
      List<Long> wall = new ArrayList<>();
      List<Long> roundTrips = new ArrayList<>();
      List<BigDecimal> endMargins = new ArrayList<>();
      TreeMap<String, Long> firstPaths = new TreeMap<>();
      try (KeeperProcess keeper =
          KeeperProcess.launch(work, "correction-keeper", setup.properties(), List.of())) {
        // The keeper corrects the seeded margin as it starts, while its start-up reads of the same
        // account are still going: that first correction is not timed, the driver's are.
        keeper.await(
            0,
            e -> TrialRunner.isProcedure(e, "finished", slot),
            Duration.ofMinutes(2),
            "the start-up correction");
        keeper.await(0, e -> e.kind().equals("ready"), Duration.ofMinutes(2), "ready");
        TrialRunner.pause(Duration.ofMillis(500));
        int from = keeper.eventCount();
        putMarginAt(exchange, slot);
        for (int i = 0; i < run.trials(); i++) {
          KeeperEvent started =
              keeper.await(
                  from,
                  e -> TrialRunner.isProcedure(e, "started", slot),
                  Duration.ofMinutes(2),
                  "a margin correction");
          KeeperEvent finished =
              keeper.await(
                  from,
                  e -> TrialRunner.isProcedure(e, "finished", slot),
                  Duration.ofMinutes(2),
                  "the correction's end");
          List<RequestRecord> during =
              exchange.requests(
                  r ->
                      slot.account().equals(r.account())
                          && r.receivedNanos() >= started.nanos()
                          && r.receivedNanos() <= finished.nanos());
          if (i == 0) {
            during.forEach(r -> firstPaths.merge(r.method() + " " + r.path(), 1L, Long::sum));
          }
          wall.add(finished.nanos() - started.nanos());
          roundTrips.add((long) during.size());
          endMargins.add(exchange.position(slot).margin());
          from = keeper.eventCount();
          TrialRunner.pause(Duration.ofMillis(500));
          putMarginAt(exchange, slot);
        }
      }
      return describe(report, roundTrip, wall, roundTrips, endMargins, firstPaths, run.latencyMs());
    }
  }

  /** Puts the slot's margin back to 20.29 U, as the seed's case had it. */
  private static void putMarginAt(BenchExchange exchange, Layout.Slot slot) {
    BigDecimal margin = exchange.position(slot).margin();
    exchange.adjustMargin(slot, START_MARGIN.subtract(margin));
  }

  private RunReport describe(
      RunReport report,
      Distribution roundTrip,
      List<Long> wall,
      List<Long> roundTrips,
      List<BigDecimal> endMargins,
      TreeMap<String, Long> firstPaths,
      int latency) {
    long inBand =
        endMargins.stream()
            .filter(m -> m.compareTo(BAND_LOW) >= 0 && m.compareTo(BAND_HIGH) <= 0)
            .count();
    long maxRoundTrips = roundTrips.stream().mapToLong(Long::longValue).max().orElse(0);
    long minRoundTrips = roundTrips.stream().mapToLong(Long::longValue).min().orElse(0);
    Distribution time = Distribution.ofNanos(wall);
    report
        .figure("roundTrip", roundTrip)
        .figure("correctionWall", time)
        .figure("roundTripsPerCorrection", roundTrips)
        .figure("endMargins", endMargins.stream().map(BigDecimal::toPlainString).toList())
        .figure("inBand", inBand)
        .figure("requestsOfFirstCorrection", firstPaths);
    report.line(
        String.format(
            Locale.ROOT,
            "| margin correction 20.29 -> 9.5..10.5 U, 5 U cap, %d ms per request | %d..%d round"
                + " trips; %s | <= 6 round trips (old system: 13 min) | %s | %d of %d ended in band"
                + " |",
            latency,
            minRoundTrips,
            maxRoundTrips,
            time.brief(),
            maxRoundTrips <= 6 ? "met" : "missed",
            inBand,
            endMargins.size()));
    return report;
  }
}
