package io.anchorkeeper.core.maintenance;

import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.plan.PlannedOrder;
import java.util.Objects;

/** Shared checks and builders for the fixed steps of both maintenance plans. */
final class MaintenanceSteps {

  private MaintenanceSteps() {}

  static void requireStep(PlannedOrder order, int step, OrderPurpose purpose) {
    Objects.requireNonNull(order, () -> purpose + " order must not be null");
    if (order.step() != step || order.purpose() != purpose) {
      throw new IllegalArgumentException(
          "expected step " + step + " " + purpose + ", was " + order);
    }
  }
}
