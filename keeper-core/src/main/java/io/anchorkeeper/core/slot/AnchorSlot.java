package io.anchorkeeper.core.slot;

import java.util.Objects;

/**
 * A slot with what the rules need to know about it besides its position: which kind of account
 * holds it and how many maintenances it has had (the count our database keeps).
 */
public record AnchorSlot(SlotId id, AccountKind kind, int maintenanceCount) {

  public AnchorSlot {
    Objects.requireNonNull(id, "slot id must not be null");
    Objects.requireNonNull(kind, "account kind must not be null");
    if (maintenanceCount < 0) {
      throw new IllegalArgumentException(
          "maintenance count must not be negative, was " + maintenanceCount);
    }
  }

  public static AnchorSlot main(SlotId id, int maintenanceCount) {
    return new AnchorSlot(id, AccountKind.MAIN, maintenanceCount);
  }

  public static AnchorSlot sub(SlotId id, int maintenanceCount) {
    return new AnchorSlot(id, AccountKind.SUB, maintenanceCount);
  }

  /** The count this slot will have once the maintenance now planned completes. */
  public int countAfterMaintenance() {
    return maintenanceCount + 1;
  }
}
