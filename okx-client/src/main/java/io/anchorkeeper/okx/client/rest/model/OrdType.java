package io.anchorkeeper.okx.client.rest.model;

/** Order type. */
public enum OrdType {
  MARKET("market"),
  LIMIT("limit"),
  POST_ONLY("post_only"),
  FOK("fok"),
  IOC("ioc"),
  OPTIMAL_LIMIT_IOC("optimal_limit_ioc");

  private final String wire;

  OrdType(String wire) {
    this.wire = wire;
  }

  /** The value as OKX spells it. */
  public String wire() {
    return wire;
  }
}
