package io.anchorkeeper.core.record;

import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.port.OrderReport;
import java.util.Objects;

/** One order a procedure sent, with the step it belonged to. */
public record ExecutedOrder(int step, OrderPurpose purpose, OrderReport report) {

  public ExecutedOrder {
    Objects.requireNonNull(purpose, "purpose must not be null");
    Objects.requireNonNull(report, "report must not be null");
    if (step < 1) {
      throw new IllegalArgumentException("step must be at least 1, was " + step);
    }
  }
}
