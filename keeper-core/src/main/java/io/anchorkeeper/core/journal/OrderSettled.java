package io.anchorkeeper.core.journal;

import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.port.OrderReport;
import java.time.Instant;
import java.util.Objects;

/** An order reached its final state; the report says what filled. */
public record OrderSettled(int step, OrderPurpose purpose, OrderReport report, Instant at)
    implements JournalEvent {

  public OrderSettled {
    Objects.requireNonNull(purpose, "purpose must not be null");
    Objects.requireNonNull(report, "report must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }
}
