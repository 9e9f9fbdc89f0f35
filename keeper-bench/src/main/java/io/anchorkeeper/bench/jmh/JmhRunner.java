package io.anchorkeeper.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs JMH benchmarks in-process, with the forks on this JVM's class path, and writes JMH's JSON
 * results. {@code java -cp ... io.anchorkeeper.bench.jmh.JmhRunner [includeRegex] [result.json]}.
 */
public final class JmhRunner {

  private JmhRunner() {}

  /**
   * Runs the benchmarks whose names match {@code includeRegex}, writes JMH's JSON results to {@code
   * resultJson} (creating its directory) and returns them.
   */
  public static Collection<RunResult> run(String includeRegex, Path resultJson)
      throws RunnerException {
    Path absolute = resultJson.toAbsolutePath();
    try {
      Files.createDirectories(absolute.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the directory of " + absolute, e);
    }
    Options options =
        new OptionsBuilder()
            .include(includeRegex)
            .resultFormat(ResultFormatType.JSON)
            .result(absolute.toString())
            .build();
    return new Runner(options).run();
  }

  /** One line per benchmark: its name, score, error and unit. */
  public static String summary(RunResult result) {
    Result<?> primary = result.getPrimaryResult();
    return String.format(
        "%s: %.3f ± %.3f %s",
        result.getParams().getBenchmark(),
        primary.getScore(),
        primary.getScoreError(),
        primary.getScoreUnit());
  }

  public static void main(String[] args) throws RunnerException {
    String include = args.length > 0 ? args[0] : RuleTickBenchmark.class.getSimpleName();
    Path json = Path.of(args.length > 1 ? args[1] : "keeper-bench/target/jmh-result.json");
    Collection<RunResult> results = run(include, json);
    System.out.println();
    results.forEach(r -> System.out.println(summary(r)));
    System.out.println("results: " + json.toAbsolutePath());
  }
}
