package io.anchorkeeper.core.journal;

import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.port.MarketOrder;
import java.time.Instant;
import java.util.Objects;

/**
 * An order is about to be sent. Written before the call; if no {@link OrderSettled} or {@link
 * OrderRejected} follows, a resumed run asks the exchange about the order's client id before it
 * sends anything.
 */
public record OrderSubmitted(int step, OrderPurpose purpose, MarketOrder order, Instant at)
    implements JournalEvent {

  public OrderSubmitted {
    Objects.requireNonNull(purpose, "purpose must not be null");
    Objects.requireNonNull(order, "order must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }
}
