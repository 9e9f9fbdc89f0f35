package io.anchorkeeper.bench.jmh;

import io.anchorkeeper.bench.report.RunReport;
import io.anchorkeeper.bench.scenario.Options;
import io.anchorkeeper.bench.scenario.Scenario;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * {@link RuleTickBenchmark} through JMH, as a scenario: JMH's own JSON beside the run's, and the
 * quiet and full tick in the BENCHMARKS.md line.
 */
public final class RuleTickScenario implements Scenario {

  /** The target: one mark-price tick across 10,000 slots. */
  private static final double TARGET_MICROS = 1000;

  @Override
  public String name() {
    return "rule-tick";
  }

  @Override
  public String description() {
    return "JMH: one mark-price tick on every instrument across 10,000 slots, quiet and full";
  }

  @Override
  public RunReport run(Options options, Path work) {
    options.checkAllUsed();
    RunReport report = new RunReport(name());
    Collection<RunResult> results;
    try {
      results = JmhRunner.run(RuleTickBenchmark.class.getSimpleName(), work.resolve("jmh.json"));
    } catch (RunnerException e) {
      throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
    }
    Map<String, Result<?>> byName = new LinkedHashMap<>();
    for (RunResult r : results) {
      String benchmark = r.getParams().getBenchmark();
      Result<?> primary = r.getPrimaryResult();
      String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      byName.put(name, primary);
      Map<String, Object> figure = new LinkedHashMap<>();
      figure.put("score", primary.getScore());
      figure.put("error", primary.getScoreError());
      figure.put("unit", primary.getScoreUnit());
      figure.put("jvm", r.getParams().getJvm());
      figure.put("forks", r.getParams().getForks());
      figure.put("measurementIterations", r.getParams().getMeasurement().getCount());
      report.figure(name, figure);
    }
    Result<?> quiet = byName.get("quietTick");
    Result<?> full = byName.get("fullTick");
    if (quiet != null) {
      report.line(
          String.format(
              Locale.ROOT,
              "| rule evaluation (JMH): one mark-price tick on 50 instruments across 10,000 slots,"
                  + " nothing crossed | %.1f ± %.1f %s | < 1 ms | %s | every slot fully evaluated:"
                  + " %s |",
              quiet.getScore(),
              quiet.getScoreError(),
              quiet.getScoreUnit(),
              quiet.getScore() + quiet.getScoreError() < TARGET_MICROS ? "met" : "missed",
              full == null
                  ? "not run"
                  : String.format(
                      Locale.ROOT,
                      "%.0f ± %.0f %s",
                      full.getScore(),
                      full.getScoreError(),
                      full.getScoreUnit())));
    }
    return report;
  }
}
