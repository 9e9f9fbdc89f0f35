package io.anchorkeeper.app.persistence;

import io.anchorkeeper.core.slot.SlotId;

/** A slot the keeper has no row for; {@link SlotRepository#ensure} creates rows. */
public final class UnknownSlotException extends RuntimeException {

  private final transient SlotId slot;

  public UnknownSlotException(SlotId slot) {
    super("no slot " + slot + " is recorded");
    this.slot = slot;
  }

  public SlotId slot() {
    return slot;
  }
}
