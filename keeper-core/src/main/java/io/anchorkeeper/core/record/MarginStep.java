package io.anchorkeeper.core.record;

import io.anchorkeeper.core.port.MarginChange;
import io.anchorkeeper.core.value.Usdt;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One margin change a correction asked for.
 *
 * @param step the step number within the correction, from 1
 * @param change the direction and amount asked for
 * @param marginBefore the position's margin just before
 * @param applied true when the exchange applied it, false when it refused
 * @param refusal the exchange's reason when it refused
 * @param at when the answer came
 */
public record MarginStep(
    int step,
    MarginChange change,
    Usdt marginBefore,
    boolean applied,
    Optional<String> refusal,
    Instant at) {

  public MarginStep {
    Objects.requireNonNull(change, "change must not be null");
    Objects.requireNonNull(marginBefore, "marginBefore must not be null");
    Objects.requireNonNull(refusal, "refusal must not be null");
    Objects.requireNonNull(at, "at must not be null");
    if (applied == refusal.isPresent()) {
      throw new IllegalArgumentException(
          "a margin step is either applied or refused with a reason");
    }
  }

  /** The margin this step leaves when applied, or the margin before when refused. */
  public Usdt marginAfter() {
    return applied ? change.applyTo(marginBefore) : marginBefore;
  }
}
