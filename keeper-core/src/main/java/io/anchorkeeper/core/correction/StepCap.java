package io.anchorkeeper.core.correction;

import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The largest single margin adjustment for the current correction run. It starts at {@code
 * step_cap}; each time the exchange refuses an adjustment as too big (59301) it is halved, to whole
 * cents, but not below {@code min_step}. A refusal at the floor ends the run. The cap is kept for
 * the rest of the run: the exchange's limit does not grow back between back-to-back steps.
 */
public record StepCap(Usdt current, Usdt floor) {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  public StepCap {
    Objects.requireNonNull(current, "current step cap must not be null");
    Objects.requireNonNull(floor, "step cap floor must not be null");
    if (!floor.isPositive()) {
      throw new IllegalArgumentException("step cap floor must be positive, was " + floor);
    }
    if (current.isLessThan(floor)) {
      throw new IllegalArgumentException(
          "step cap must be at least its floor " + floor + ", was " + current);
    }
  }

  /** {@code step_cap} with floor {@code min_step}. */
  public static StepCap initial(AnchorSettings settings) {
    return new StepCap(settings.stepCap(), settings.minStep());
  }

  /** The cap after a 59301-type refusal: halved, or empty when already at the floor. */
  public Optional<StepCap> afterRefusal() {
    if (!current.isGreaterThan(floor)) {
      return Optional.empty();
    }
    Usdt halved = Usdt.of(current.amount().divide(TWO, 2, RoundingMode.DOWN));
    return Optional.of(new StepCap(halved.max(floor), floor));
  }
}
