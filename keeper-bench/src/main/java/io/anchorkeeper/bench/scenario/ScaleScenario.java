package io.anchorkeeper.bench.scenario;

import io.anchorkeeper.bench.report.Distribution;
import io.anchorkeeper.bench.report.RunReport;
import io.anchorkeeper.okx.emulator.http.RequestRecord;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scale and reaction: {@code accounts} sub-accounts x {@code slots} slots over {@code instruments}
 * instruments whose prices the driver moves every {@code tick-ms}, the keeper in a JVM of {@code
 * xmx} heap. It reports the start-up time (OKX's pacing of 3 WebSocket connections a second
 * included), the keeper's steady-state CPU, the emulator's rate-limit answers, then runs reaction
 * trials (one slot at a time pushed past -10%) and, with a second keeper in polling mode (positions
 * read every 5 minutes, as the system this replaces did), the same trials for the ratio.
 */
public final class ScaleScenario implements Scenario {

  /**
   * The first maintenances of a fresh JVM run cold (classes loaded, code interpreted): the reaction
   * is also reported without them, as a keeper that has run a while would react.
   */
  private static final int COLD_TRIALS = 10;

  @Override
  public String name() {
    return "scale";
  }

  @Override
  public String description() {
    return "N accounts x M slots with moving prices: start-up, CPU, 50011s, reaction trials,"
        + " polling baseline [--accounts=1000 --slots=10 --instruments=50 --tick-ms=200"
        + " --xmx=512m --keeper-jvm='' --settle-seconds=20 --steady-seconds=60 --trials=200"
        + " --polling-trials=50]";
  }

  @Override
  public RunReport run(Options options, Path work) throws InterruptedException {
    Layout layout =
        new Layout(
            options.integer("accounts", 1000),
            options.integer("slots", 10),
            options.integer("instruments", 50));
    int tickMs = options.integer("tick-ms", 200);
    List<String> jvm = jvmOptions(options.text("xmx", "512m"), options.text("keeper-jvm", ""));
    int settle = options.integer("settle-seconds", 20);
    int steady = options.integer("steady-seconds", 60);
    int trials = options.integer("trials", 200);
    int pollingTrials = options.integer("polling-trials", 50);
    options.checkAllUsed();
    RunReport report =
        new RunReport(name())
            .figure("slots", layout.slotCount())
            .parameter("accounts", layout.accounts())
            .parameter("slotsPerAccount", layout.slotsPerAccount())
            .parameter("slots", layout.slotCount())
            .parameter("instruments", layout.instruments())
            .parameter("tickMs", tickMs)
            .parameter("keeperJvmOptions", String.join(" ", jvm))
            .parameter("steadySeconds", steady)
            .parameter("trials", trials)
            .parameter("pollingTrials", pollingTrials)
            .parameter("database", "H2 file (a fresh one per keeper)");
    List<Layout.Slot> trialSlots = layout.trialSlots();
    Set<String> trialIds = trialSlots.stream().map(Layout.Slot::id).collect(Collectors.toSet());
    try (BenchExchange exchange = BenchExchange.start(layout, 400_000)) {
      Seeding.all(exchange, trialSlots);
      KeeperSetup setup = new KeeperSetup(exchange, trialIds);
      Map<String, BigDecimal> baselines = new LinkedHashMap<>();
      layout.instIds().forEach(i -> baselines.put(i, Seeding.TRIAL_ENTRY));
      try (PriceMover mover = new PriceMover(exchange, baselines, 0.0003, tickMs)) {
        pushPhase(
            exchange,
            setup,
            mover,
            trialSlots,
            trialIds,
            work,
            jvm,
            settle,
            steady,
            trials,
            report);
        if (pollingTrials > 0) {
          pollingPhase(exchange, setup, mover, trialSlots, pollingTrials, work, jvm, report);
        }
      }
      countRateLimitAnswers(exchange, report);
    }
    return report;
  }

  private void pushPhase(
      BenchExchange exchange,
      KeeperSetup setup,
      PriceMover mover,
      List<Layout.Slot> trialSlots,
      Set<String> trialIds,
      Path work,
      List<String> jvm,
      int settle,
      int steady,
      int trials,
      RunReport report)
      throws InterruptedException {
    long launch = System.nanoTime();
    try (KeeperProcess keeper =
        KeeperProcess.launch(work, "scale-keeper", setup.properties(), jvm)) {
      KeeperEvent ready =
          keeper.await(0, e -> e.kind().equals("ready"), Duration.ofMinutes(30), "ready");
      KeeperEvent context =
          keeper.await(0, e -> e.kind().equals("context"), Duration.ZERO, "context");
      double startup = (ready.nanos() - launch) / 1e9;
      double contextUp = (context.nanos() - launch) / 1e9;
      report
          .figure("startupSeconds", startup)
          .figure("applicationContextSeconds", contextUp)
          .figure("connectionsSeconds", startup - contextUp);
      TrialRunner.pause(Duration.ofSeconds(settle));

      int eventsBefore = keeper.eventCount();
      long pushesBefore = mover.pushes();
      Duration cpuBefore = keeper.cpuTime();
      long wallBefore = System.nanoTime();
      TrialRunner.pause(Duration.ofSeconds(steady));
      double cpuPercent =
          percentOfOneCore(keeper.cpuTime().minus(cpuBefore), System.nanoTime() - wallBefore);
      long pushes = mover.pushes() - pushesBefore;
      long steadyProcedures =
          keeper.events().subList(eventsBefore, keeper.eventCount()).stream()
              .filter(e -> e.kind().equals("started"))
              .count();
      report
          .figure("steadyCpuPercentOfOneCore", cpuPercent)
          .figure("steadyMarkPricesPushed", pushes)
          .figure("steadyProceduresStarted", steadyProcedures);

      TrialRunner runner = new TrialRunner(exchange, keeper, mover);
      List<Trial> done = new ArrayList<>();
      int exhausted = 0;
      int trialsStart = keeper.eventCount();
      Duration cpuTrials = keeper.cpuTime();
      long wallTrials = System.nanoTime();
      for (int k = 0; k < trials; k++) {
        Layout.Slot slot = trialSlots.get(k % trialSlots.size());
        if (runner.trialPrice(slot).compareTo(Seeding.LOWEST_TRIAL_PRICE) < 0) {
          exhausted++;
          continue;
        }
        done.add(runner.run(slot));
        TrialRunner.pause(Duration.ofMillis(100));
      }
      double trialCpu =
          percentOfOneCore(keeper.cpuTime().minus(cpuTrials), System.nanoTime() - wallTrials);
      long strayProcedures =
          keeper.events().subList(trialsStart, keeper.eventCount()).stream()
              .filter(e -> e.kind().equals("started") && !trialIds.contains(e.field(0)))
              .count();
      report
          .figure("trialsCpuPercentOfOneCore", trialCpu)
          .figure("trialsExhausted", exhausted)
          .figure("proceduresOnOtherSlotsDuringTrials", strayProcedures)
          .figure("keeperPeakRssMiB", keeper.peakRssMiB().orElse(-1L));
      describeReaction(done, report);
    }
  }

  private void describeReaction(List<Trial> trials, RunReport report) {
    List<Long> share = new ArrayList<>();
    List<Long> warmShare = new ArrayList<>();
    List<Long> raw = new ArrayList<>();
    List<Long> whole = new ArrayList<>();
    List<Long> procedure = new ArrayList<>();
    int missed = 0;
    int completed = 0;
    int unmatched = 0;
    for (int i = 0; i < trials.size(); i++) {
      Trial t = trials.get(i);
      if (t.missed()) {
        missed++;
        continue;
      }
      if (t.completed()) {
        completed++;
      }
      Optional<Long> mine = t.keeperShareNanos();
      if (mine.isPresent()) {
        share.add(mine.get());
        if (i >= COLD_TRIALS) {
          warmShare.add(mine.get());
        }
      } else {
        unmatched++;
      }
      t.pushToOrderSentNanos().ifPresent(raw::add);
      t.reactionNanos().ifPresent(whole::add);
      t.procedureNanos().ifPresent(procedure::add);
    }
    Distribution keeperShare = Distribution.ofNanos(share);
    Distribution reaction = Distribution.ofNanos(whole);
    report
        .figure("reactionKeeperShare", keeperShare)
        .figure("reactionPushToOrder", reaction)
        .figure("reactionKeeperShareAfterFirst" + COLD_TRIALS, Distribution.ofNanos(warmShare))
        .figure("reactionPushReceivedToOrderSent", Distribution.ofNanos(raw))
        .figure("maintenanceWallNoLatency", Distribution.ofNanos(procedure))
        .figure("trialsRun", trials.size())
        .figure("trialsMissed", missed)
        .figure("trialsCompleted", completed)
        .figure("trialsWithoutKeeperStamps", unmatched);
  }

  private void pollingPhase(
      BenchExchange exchange,
      KeeperSetup setup,
      PriceMover mover,
      List<Layout.Slot> trialSlots,
      int count,
      Path work,
      List<String> jvm,
      RunReport report)
      throws InterruptedException {
    setup.put("keeper.engine.feed", "polling");
    Duration interval = Duration.ofMinutes(5);
    long launch = System.nanoTime();
    try (KeeperProcess keeper =
        KeeperProcess.launch(work, "scale-polling-keeper", setup.properties(), jvm)) {
      keeper.await(0, e -> e.kind().equals("ready"), Duration.ofMinutes(30), "ready (polling)");
      // The periodic reads start one interval after start-up, staggered over the interval: from
      // then on a change waits between 0 and 5 minutes to be seen, as with the old poller.
      long wait = launch + interval.toNanos() - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000);
      }
      TrialRunner runner = new TrialRunner(exchange, keeper, mover);
      Map<Layout.Slot, BigDecimal> prices = new HashMap<>();
      Map<Layout.Slot, Long> pushed = new HashMap<>();
      for (Layout.Slot slot : trialSlots.subList(0, Math.min(count, trialSlots.size()))) {
        BigDecimal price = runner.trialPrice(slot);
        if (price.compareTo(Seeding.LOWEST_TRIAL_PRICE) < 0) {
          continue;
        }
        mover.hold(slot.instId());
        prices.put(slot, price);
        pushed.put(slot, System.nanoTime());
        exchange.setMark(slot.instId(), price);
      }
      long deadline = System.nanoTime() + interval.plusMinutes(1).toNanos();
      Map<Layout.Slot, Long> reacted = new HashMap<>();
      Set<Layout.Slot> waiting = new HashSet<>(pushed.keySet());
      while (!waiting.isEmpty() && System.nanoTime() < deadline) {
        for (Layout.Slot slot : List.copyOf(waiting)) {
          long from = pushed.get(slot);
          exchange
              .requests(
                  r ->
                      slot.account().equals(r.account())
                          && "POST".equals(r.method())
                          && r.path().startsWith("/api/v5/trade/")
                          && r.receivedNanos() >= from)
              .stream()
              .mapToLong(RequestRecord::receivedNanos)
              .min()
              .ifPresent(
                  t -> {
                    reacted.put(slot, t - from);
                    waiting.remove(slot);
                  });
        }
        Thread.sleep(1000);
      }
      Distribution polling = Distribution.ofNanos(List.copyOf(reacted.values()));
      report
          .figure("pollingReactionPushToOrder", polling)
          .figure("pollingTrials", pushed.size())
          .figure("pollingNotSeenWithin6Minutes", waiting.size());
      Object push = report.figures().get("reactionPushToOrder");
      if (push instanceof Map<?, ?> map && map.get("p50Ms") instanceof Double p50 && p50 > 0) {
        report.figure("pollingOverPushP50Ratio", polling.p50Ms() / p50);
      }
    }
  }

  private void countRateLimitAnswers(BenchExchange exchange, RunReport report) {
    List<RequestRecord> all = exchange.requests(r -> true);
    report
        .figure("requestsReceived", all.size())
        .figure("answers50011", all.stream().filter(r -> "50011".equals(r.code())).count())
        .figure("answers50061", all.stream().filter(r -> "50061".equals(r.code())).count());
    lines(report);
  }

  /** {@code -Xmx} and any further options, e.g. {@code --keeper-jvm=-XX:StartFlightRecording}. */
  private static List<String> jvmOptions(String xmx, String more) {
    List<String> options = new ArrayList<>();
    options.add("-Xmx" + xmx);
    for (String option : more.split(" ")) {
      if (!option.isBlank()) {
        options.add(option);
      }
    }
    return options;
  }

  private static double percentOfOneCore(Duration cpu, long wallNanos) {
    return 100.0 * cpu.toNanos() / wallNanos;
  }

  @SuppressWarnings("unchecked")
  private static void lines(RunReport report) {
    Map<String, Object> f = report.figures();
    Map<String, Object> share = (Map<String, Object>) f.get("reactionKeeperShare");
    Map<String, Object> whole = (Map<String, Object>) f.get("reactionPushToOrder");
    Map<String, Object> polling = (Map<String, Object>) f.get("pollingReactionPushToOrder");
    if (share != null) {
      double p99 = (Double) share.get("p99Ms");
      report.line(
          String.format(
              Locale.ROOT,
              "| reaction, keeper's own share (push received -> first order sent, less the"
                  + " pre-check's exchange round trip), %s slots live | p50 %s ms, p99 %s ms, max"
                  + " %s ms (n=%s) | p99 <= 5 ms | %s | push -> order received by the emulator:"
                  + " p50 %s ms, p99 %s ms |",
              f.getOrDefault("slots", "?"),
              Distribution.fmt((Double) share.get("p50Ms")),
              Distribution.fmt(p99),
              Distribution.fmt((Double) share.get("maxMs")),
              share.get("count"),
              p99 <= 5 ? "met" : "missed by " + Distribution.fmt(p99 - 5) + " ms",
              Distribution.fmt((Double) whole.get("p50Ms")),
              Distribution.fmt((Double) whole.get("p99Ms"))));
    }
    if (polling != null) {
      report.line(
          String.format(
              Locale.ROOT,
              "| reaction in polling mode (positions read every 5 min), push -> order received |"
                  + " p50 %s s, p99 %s s, max %s s (n=%s) | for the ratio | p50 ratio %s x | |",
              Distribution.fmt((Double) polling.get("p50Ms") / 1000),
              Distribution.fmt((Double) polling.get("p99Ms") / 1000),
              Distribution.fmt((Double) polling.get("maxMs") / 1000),
              polling.get("count"),
              f.containsKey("pollingOverPushP50Ratio")
                  ? String.format(Locale.ROOT, "%,.0f", (Double) f.get("pollingOverPushP50Ratio"))
                  : "-"));
    }
    if (f.containsKey("steadyCpuPercentOfOneCore")) {
      double cpu = (Double) f.get("steadyCpuPercentOfOneCore");
      long limited = (Long) f.get("answers50011");
      report.line(
          String.format(
              Locale.ROOT,
              "| scale: steady-state CPU of the keeper's JVM | %.1f%% of one core | < 25%% | %s |"
                  + " %s mark prices pushed in the window |",
              cpu,
              cpu < 25 ? "met" : "missed",
              f.get("steadyMarkPricesPushed")));
      report.line(
          String.format(
              Locale.ROOT,
              "| scale: rate-limit answers (50011 / 50061) over the whole run | %d / %s | 0 | %s |"
                  + " %s requests |",
              limited,
              f.get("answers50061"),
              limited == 0 ? "met" : "missed",
              f.get("requestsReceived")));
      report.line(
          String.format(
              Locale.ROOT,
              "| scale: missed triggers | %s of %s trials | 0 | %s | procedures on untouched"
                  + " slots: %s |",
              f.get("trialsMissed"),
              f.get("trialsRun"),
              Integer.valueOf(0).equals(f.get("trialsMissed")) ? "met" : "missed",
              f.get("proceduresOnOtherSlotsDuringTrials")));
      report.line(
          String.format(
              Locale.ROOT,
              "| scale: start-up to every stream up and every account read | %.0f s (context %.1f"
                  + " s, then connections) | reported | - | peak RSS %s MiB |",
              (Double) f.get("startupSeconds"),
              (Double) f.get("applicationContextSeconds"),
              f.get("keeperPeakRssMiB")));
    }
  }
}
