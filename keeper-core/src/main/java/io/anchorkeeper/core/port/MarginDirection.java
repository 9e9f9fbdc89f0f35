package io.anchorkeeper.core.port;

/** Whether a margin change puts USDT into an isolated position or takes it out. */
public enum MarginDirection {
  ADD,
  REDUCE
}
