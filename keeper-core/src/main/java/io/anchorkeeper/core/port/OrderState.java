package io.anchorkeeper.core.port;

/** Where an order stands on the exchange. */
public enum OrderState {
  /** Accepted and waiting, nothing filled yet. */
  LIVE,
  /** Partly filled and still working. */
  PARTIALLY_FILLED,
  /** Completely filled. */
  FILLED,
  /** Ended without filling completely; what filled before stays filled. */
  CANCELED;

  /** True when the order will not change any more. */
  public boolean isFinal() {
    return this == FILLED || this == CANCELED;
  }
}
