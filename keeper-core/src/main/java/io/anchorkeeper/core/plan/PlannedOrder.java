package io.anchorkeeper.core.plan;

import io.anchorkeeper.core.value.Contracts;
import java.util.Objects;

/**
 * One market order of a procedure: its step number, why it exists, whether it opens or closes the
 * slot's side, and its size in contracts (a lot multiple, at least the instrument's minimum). A
 * size above the instrument's {@code maxMktSz} is sent in chunks by the executor.
 */
public record PlannedOrder(int step, OrderPurpose purpose, Contracts size) {

  public PlannedOrder {
    Objects.requireNonNull(purpose, "purpose must not be null");
    Objects.requireNonNull(size, "size must not be null");
    if (step < 1) {
      throw new IllegalArgumentException("step must be at least 1, was " + step);
    }
    if (!size.isPositive()) {
      throw new IllegalArgumentException(
          "step " + step + " " + purpose + " size must be positive, was " + size);
    }
  }

  public OrderDirection direction() {
    return purpose.direction();
  }

  /** True when this order adds to the slot's side, false when it reduces it. */
  public boolean opensPosition() {
    return direction().opensPosition();
  }

  @Override
  public String toString() {
    return "step " + step + " " + purpose + " " + direction() + " " + size;
  }
}
