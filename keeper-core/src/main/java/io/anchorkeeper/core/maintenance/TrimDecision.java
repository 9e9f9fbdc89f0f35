package io.anchorkeeper.core.maintenance;

import io.anchorkeeper.core.plan.PlannedOrder;
import io.anchorkeeper.core.value.Contracts;
import java.util.Objects;
import java.util.Optional;

/** Step 3 of a maintenance, decided from what step 2 actually filled. */
public sealed interface TrimDecision permits TrimDecision.Trim, TrimDecision.NoTrim {

  /** Contracts left as the new anchor after this decision is carried out. */
  Contracts remaining();

  /**
   * Close {@code order.size()} contracts, leaving {@code remaining}. {@code note} says why the
   * remaining margin misses its band, when it does (lot granularity, the minimum size).
   */
  record Trim(PlannedOrder order, Contracts remaining, Optional<String> note)
      implements TrimDecision {

    public Trim {
      Objects.requireNonNull(order, "order must not be null");
      Objects.requireNonNull(remaining, "remaining must not be null");
      Objects.requireNonNull(note, "note must not be null");
    }
  }

  /** Nothing can or need be closed; {@code remaining} is everything step 2 filled. */
  record NoTrim(Contracts remaining, String reason) implements TrimDecision {

    public NoTrim {
      Objects.requireNonNull(remaining, "remaining must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
    }
  }
}
