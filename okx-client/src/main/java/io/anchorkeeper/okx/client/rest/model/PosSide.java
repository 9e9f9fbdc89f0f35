package io.anchorkeeper.okx.client.rest.model;

/** Position side; long/short in hedge mode, net in one-way mode. */
public enum PosSide {
  LONG("long"),
  SHORT("short"),
  NET("net");

  private final String wire;

  PosSide(String wire) {
    this.wire = wire;
  }

  /** The value as OKX spells it. */
  public String wire() {
    return wire;
  }
}
