/** Benchmarks: JMH for the keeper's hot paths and end-to-end scenarios against the emulator. */
package io.anchorkeeper.bench;
