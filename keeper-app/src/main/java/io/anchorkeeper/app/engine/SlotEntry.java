package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.slot.SlotId;
import java.util.Objects;

/**
 * One configured slot in the registry: its id and its current {@link SlotSetup}. The price path
 * holds entries directly, so it reads a slot's setup without a map lookup.
 */
final class SlotEntry {

  private final SlotId id;
  private volatile SlotSetup setup;

  SlotEntry(SlotSetup setup) {
    this.id = setup.config().id();
    this.setup = setup;
  }

  SlotId id() {
    return id;
  }

  SlotSetup setup() {
    return setup;
  }

  /** Called by the registry, under its lock. */
  void replace(SlotSetup next) {
    Objects.requireNonNull(next, "setup must not be null");
    if (!next.config().id().equals(id)) {
      throw new IllegalArgumentException("setup of " + next.config().id() + " given to " + id);
    }
    this.setup = next;
  }
}
