package io.anchorkeeper.okx.client.rest.model;

/** Order side. */
public enum Side {
  BUY("buy"),
  SELL("sell");

  private final String wire;

  Side(String wire) {
    this.wire = wire;
  }

  /** The value as OKX spells it. */
  public String wire() {
    return wire;
  }
}
