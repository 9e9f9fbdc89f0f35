package io.anchorkeeper.core.record;

/** The operations of SPEC section 3 that trade or move margin. */
public enum ProcedureType {
  /** SPEC 3.1: close all, open 10x the old size, close 92% of what filled. */
  NORMAL_MAINTENANCE,
  /** SPEC 3.2: close all, open 100 U of margin, trim to the target margin. */
  SUPER_MAINTENANCE,
  /** SPEC 3.4: move margin in steps until it is inside its band. */
  MARGIN_CORRECTION,
  /** SPEC 3.5: open a fresh anchor on an empty slot. */
  AUTO_OPEN,
  /** SPEC 3.6: close part or all of a position in profit. */
  TAKE_PROFIT;

  /** True for the two maintenances, whose completion counts toward {@code max_maintenances}. */
  public boolean isMaintenance() {
    return this == NORMAL_MAINTENANCE || this == SUPER_MAINTENANCE;
  }
}
