package io.anchorkeeper.okx.emulator.rest;

/**
 * How a route counts against order limits: not at all, as one order (keyed by its instId), or as a
 * batch (each item counts against its own instId; a one-item batch counts as a single order).
 */
public enum OrderCounting {
  NONE,
  SINGLE,
  BATCH
}
