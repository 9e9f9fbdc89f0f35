package io.anchorkeeper.bench.scenario;

import io.anchorkeeper.bench.report.RunReport;
import java.nio.file.Path;

/** One benchmark scenario: reads its options, runs, and returns its figures. */
public interface Scenario {

  /** The name the command line uses. */
  String name();

  /** What it measures, for the usage text. */
  String description();

  /**
   * Runs it; {@code work} holds the keeper's properties, event file and log.
   *
   * @throws InterruptedException when the run is interrupted
   */
  RunReport run(Options options, Path work) throws InterruptedException;
}
