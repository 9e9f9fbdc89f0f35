package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.id.ClientOrderId;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.plan.OrderDirection;
import io.anchorkeeper.core.port.MarketOrder;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import java.time.Clock;
import java.util.SplittableRandom;

/** Market orders with fresh client order ids, for the adapter tests. */
final class Orders {

  private static final SplittableRandom RANDOM = new SplittableRandom(5);

  private Orders() {}

  static synchronized ClientOrderId newId() {
    return ClientOrderId.of(ProcedureId.generate(Clock.systemUTC(), RANDOM), 1, 1);
  }

  static MarketOrder open(SlotId slot, String size) {
    return new MarketOrder(slot, OrderDirection.OPEN, Contracts.of(size), newId());
  }

  static MarketOrder close(SlotId slot, String size) {
    return new MarketOrder(slot, OrderDirection.CLOSE, Contracts.of(size), newId());
  }
}
