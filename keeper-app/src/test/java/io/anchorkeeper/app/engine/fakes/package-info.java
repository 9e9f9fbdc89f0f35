/**
 * In-memory stand-ins for the engine's ports, shared by the engine's tests and keeper-bench's JMH
 * benchmarks (through keeper-app's test jar).
 */
package io.anchorkeeper.app.engine.fakes;
