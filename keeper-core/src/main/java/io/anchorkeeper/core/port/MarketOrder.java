package io.anchorkeeper.core.port;

import io.anchorkeeper.core.id.ClientOrderId;
import io.anchorkeeper.core.plan.OrderDirection;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import java.util.Objects;

/**
 * A market order on a slot: open adds to the slot's side, close reduces it. The adapter turns
 * direction and side into the exchange's buy or sell.
 */
public record MarketOrder(
    SlotId slot, OrderDirection direction, Contracts size, ClientOrderId clientOrderId) {

  public MarketOrder {
    Objects.requireNonNull(slot, "slot must not be null");
    Objects.requireNonNull(direction, "direction must not be null");
    Objects.requireNonNull(size, "size must not be null");
    Objects.requireNonNull(clientOrderId, "clientOrderId must not be null");
    if (!size.isPositive()) {
      throw new IllegalArgumentException("order size must be positive, was " + size);
    }
  }

  @Override
  public String toString() {
    return direction + " " + size + " " + slot + " as " + clientOrderId.value();
  }
}
