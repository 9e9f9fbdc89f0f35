/**
 * Seeded fault plans: latency, error answers, rate-limit answers, timeouts after execution and
 * dropped sockets.
 */
package io.anchorkeeper.okx.emulator.fault;
