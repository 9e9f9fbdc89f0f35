package io.anchorkeeper.core.margin;

import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The margin a slot should hold: a target and the inclusive band {@code target·(1 ± tolerance)}
 * around it (10 U with 5% gives 9.5–10.5).
 */
public record MarginBand(Usdt target, Usdt lower, Usdt upper) {

  public MarginBand {
    Objects.requireNonNull(target, "target must not be null");
    Objects.requireNonNull(lower, "lower must not be null");
    Objects.requireNonNull(upper, "upper must not be null");
    if (!target.isPositive()) {
      throw new IllegalArgumentException("target margin must be positive, was " + target);
    }
    if (lower.isGreaterThan(target) || upper.isLessThan(target)) {
      throw new IllegalArgumentException(
          "band " + lower + " to " + upper + " must contain the target " + target);
    }
  }

  /** The band {@code target·(1 − tolerance)} to {@code target·(1 + tolerance)}. */
  public static MarginBand around(Usdt target, Ratio tolerance) {
    Objects.requireNonNull(tolerance, "tolerance must not be null");
    return new MarginBand(
        target,
        target.times(BigDecimal.ONE.subtract(tolerance.value())),
        target.times(BigDecimal.ONE.add(tolerance.value())));
  }

  /** True when {@code margin} lies inside the band, edges included. */
  public boolean contains(Usdt margin) {
    return !margin.isLessThan(lower) && !margin.isGreaterThan(upper);
  }

  /** How far {@code margin} lies from the target, as a fraction of it (always positive). */
  public Ratio deviation(Usdt margin) {
    return margin.minus(target).abs().ratioTo(target);
  }

  /** e.g. {@code "9.50–10.50 USDT"}. */
  public String describe() {
    return lower.toCentsString().replace(" USDT", "") + "–" + upper.toCentsString();
  }
}
