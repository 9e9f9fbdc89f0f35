package io.anchorkeeper.core.takeprofit;

import io.anchorkeeper.core.plan.PlannedOrder;
import java.util.Objects;

/** What take-profit does with a position. */
public sealed interface TakeProfitDecision
    permits TakeProfitDecision.Hold, TakeProfitDecision.Close, TakeProfitDecision.Refused {

  /** Take-profit is off or the profit rate is below it. */
  record Hold(String reason) implements TakeProfitDecision {
    public Hold {
      Objects.requireNonNull(reason, "reason must not be null");
    }
  }

  /**
   * Close {@code order.size()} contracts. {@code fullClose} means the whole position goes: the
   * slot's count is reset to 0 and auto-open starts a fresh anchor.
   */
  record Close(PlannedOrder order, boolean fullClose) implements TakeProfitDecision {
    public Close {
      Objects.requireNonNull(order, "order must not be null");
    }
  }

  /** Take-profit is due but no valid order size exists, and why. */
  record Refused(String reason) implements TakeProfitDecision {
    public Refused {
      Objects.requireNonNull(reason, "reason must not be null");
    }
  }
}
