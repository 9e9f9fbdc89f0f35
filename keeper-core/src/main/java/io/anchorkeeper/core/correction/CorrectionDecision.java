package io.anchorkeeper.core.correction;

import io.anchorkeeper.core.value.Usdt;
import java.util.Objects;

/** What margin correction does next for a slot. Amounts are USDT with two decimals. */
public sealed interface CorrectionDecision
    permits CorrectionDecision.InBand,
        CorrectionDecision.Reduce,
        CorrectionDecision.Add,
        CorrectionDecision.CannotCorrect {

  /** The margin is inside its band: nothing to do. */
  record InBand() implements CorrectionDecision {}

  /** Take {@code amount} out of the position's isolated margin. */
  record Reduce(Usdt amount) implements CorrectionDecision {
    public Reduce {
      requirePositive(amount);
    }
  }

  /** Move {@code amount} from the free balance into the position's isolated margin. */
  record Add(Usdt amount) implements CorrectionDecision {
    public Add {
      requirePositive(amount);
    }
  }

  /** Outside the band but no adjustment is allowed or possible, and why. */
  record CannotCorrect(String reason) implements CorrectionDecision {
    public CannotCorrect {
      Objects.requireNonNull(reason, "reason must not be null");
    }
  }

  private static void requirePositive(Usdt amount) {
    Objects.requireNonNull(amount, "amount must not be null");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("adjustment amount must be positive, was " + amount);
    }
  }
}
