package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.slot.SlotId;

/** A request named a slot the keeper does not manage. */
public final class UnknownSlotException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownSlotException(SlotId slot) {
    super("no anchor slot " + slot + " is configured");
  }
}
