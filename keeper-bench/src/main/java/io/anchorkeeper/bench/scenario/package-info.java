/**
 * End-to-end scenarios: the emulator in the driver's JVM (latency and OKX's rate limits on), the
 * keeper in its own JVM against it, prices moved by the driver, and figures taken from the keeper's
 * own timestamps and the emulator's receive times.
 */
package io.anchorkeeper.bench.scenario;
