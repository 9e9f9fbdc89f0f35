package io.anchorkeeper.okx.client.rest.model;

/** Margin (trade) mode; this client is used with isolated. */
public enum MgnMode {
  ISOLATED("isolated"),
  CROSS("cross");

  private final String wire;

  MgnMode(String wire) {
    this.wire = wire;
  }

  /** The value as OKX spells it. */
  public String wire() {
    return wire;
  }
}
