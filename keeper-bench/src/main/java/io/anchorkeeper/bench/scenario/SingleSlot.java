package io.anchorkeeper.bench.scenario;

import io.anchorkeeper.bench.report.Distribution;
import io.anchorkeeper.bench.report.RunReport;

/**
 * What the maintenance and correction scenarios share: their options, one sub-account with one
 * slot, and latency injected once the position is in place, with a round trip measured under it.
 *
 * @param trials how many procedures to time
 * @param latencyMs added to every REST request
 */
record SingleSlot(int trials, int latencyMs) {

  private static final Layout LAYOUT = new Layout(1, 1, 1);

  static SingleSlot read(Options options, int defaultTrials) {
    SingleSlot run =
        new SingleSlot(options.integer("trials", defaultTrials), options.integer("latency-ms", 50));
    options.checkAllUsed();
    return run;
  }

  Layout.Slot slot() {
    return LAYOUT.slots().get(0);
  }

  RunReport report(String scenario) {
    return new RunReport(scenario).parameter("trials", trials).parameter("latencyMs", latencyMs);
  }

  BenchExchange startExchange() {
    return BenchExchange.start(LAYOUT, 100_000);
  }

  /** Turns the latency on and measures a round trip with it (the procedures' unit). */
  Distribution injectLatency(BenchExchange exchange) {
    exchange.addLatency(latencyMs);
    return RoundTrip.measure(exchange, 20);
  }
}
