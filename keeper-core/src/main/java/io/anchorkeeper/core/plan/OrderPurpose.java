package io.anchorkeeper.core.plan;

/** Why a planned order exists; each purpose has one direction. */
public enum OrderPurpose {
  /** Maintenance step 1: close the old position entirely. */
  CLOSE_OLD(OrderDirection.CLOSE),
  /** Maintenance step 2: open the bigger position. */
  OPEN(OrderDirection.OPEN),
  /** Maintenance step 3: close the excess of what step 2 filled. */
  TRIM(OrderDirection.CLOSE),
  /** Open a fresh anchor on an empty slot. */
  AUTO_OPEN(OrderDirection.OPEN),
  /** Close part or all of a position in profit. */
  TAKE_PROFIT(OrderDirection.CLOSE);

  private final OrderDirection direction;

  OrderPurpose(OrderDirection direction) {
    this.direction = direction;
  }

  public OrderDirection direction() {
    return direction;
  }
}
