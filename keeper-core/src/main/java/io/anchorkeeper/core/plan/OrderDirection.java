package io.anchorkeeper.core.plan;

/**
 * Whether an order opens (adds to) or closes (reduces) the slot's position side. The adapter maps
 * it with the side to buy or sell: open long and close short buy, open short and close long sell.
 */
public enum OrderDirection {
  OPEN,
  CLOSE;

  public boolean opensPosition() {
    return this == OPEN;
  }
}
