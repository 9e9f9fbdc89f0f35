package io.anchorkeeper.bench;

import io.anchorkeeper.bench.jmh.RuleTickScenario;
import io.anchorkeeper.bench.report.RunReport;
import io.anchorkeeper.bench.scenario.CorrectionScenario;
import io.anchorkeeper.bench.scenario.MaintenanceScenario;
import io.anchorkeeper.bench.scenario.Options;
import io.anchorkeeper.bench.scenario.ScaleScenario;
import io.anchorkeeper.bench.scenario.Scenario;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./bench <scenario> [--option=value ...]}: runs one scenario and writes its figures to
 * {@code keeper-bench/results/} (JSON, and Markdown lines for BENCHMARKS.md in {@code lines.md}).
 */
public final class BenchMain {

  private BenchMain() {}

  static List<Scenario> scenarios() {
    return List.of(
        new MaintenanceScenario(),
        new CorrectionScenario(),
        new ScaleScenario(),
        new RuleTickScenario());
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      usage();
      System.exit(2);
    }
    Scenario scenario =
        scenarios().stream().filter(s -> s.name().equals(args[0])).findFirst().orElse(null);
    if (scenario == null) {
      System.err.println("unknown scenario: " + args[0]);
      usage();
      System.exit(2);
      return;
    }
    Options options = new Options(Arrays.asList(args).subList(1, args.length));
    Path results = options.path("results", Path.of("keeper-bench", "results"));
    Path work = options.path("work", Path.of("keeper-bench", "target", "bench-work"));
    RunReport report = scenario.run(options, work);
    Path file = report.write(results);
    System.out.println();
    System.out.println("figures: " + file);
    report.lines().forEach(System.out::println);
  }

  private static void usage() {
    System.err.println("usage: ./bench <scenario> [--option=value ...] [--results=DIR]");
    for (Scenario s : scenarios()) {
      System.err.println("  " + s.name() + ": " + s.description());
    }
  }
}
