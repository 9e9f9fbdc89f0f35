package io.anchorkeeper.core.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A dimensionless fraction: -0.10 is minus ten percent. Profit rates, tolerances, fee rates and
 * close fractions are ratios; {@link #ofPercent} and {@link #percent()} convert at the edges.
 */
public record Ratio(BigDecimal value) implements Comparable<Ratio> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static final Ratio ZERO = new Ratio(BigDecimal.ZERO);
  public static final Ratio ONE = new Ratio(BigDecimal.ONE);

  public Ratio {
    Objects.requireNonNull(value, "ratio must not be null");
  }

  public static Ratio of(BigDecimal value) {
    return new Ratio(value);
  }

  public static Ratio of(String value) {
    return new Ratio(Decimals.parse("ratio", value));
  }

  /** {@code ofPercent("-10")} is the ratio -0.10. */
  public static Ratio ofPercent(String percent) {
    return ofPercent(Decimals.parse("percent", percent));
  }

  public static Ratio ofPercent(BigDecimal percent) {
    return new Ratio(percent.divide(HUNDRED));
  }

  /** This ratio in percent, exact (-0.1 gives -10). */
  public BigDecimal percent() {
    return value.multiply(HUNDRED);
  }

  /** This ratio in percent, rounded for display. */
  public BigDecimal percent(int scale) {
    return percent().setScale(scale, RoundingMode.HALF_UP);
  }

  /** This ratio in percent rounded half-up for messages, e.g. {@code "-10.78%"}. */
  public String toPercentString(int scale) {
    return percent(scale).toPlainString() + "%";
  }

  public Ratio plus(Ratio other) {
    return new Ratio(value.add(other.value));
  }

  public Ratio minus(Ratio other) {
    return new Ratio(value.subtract(other.value));
  }

  public Ratio negate() {
    return new Ratio(value.negate());
  }

  public int signum() {
    return value.signum();
  }

  public boolean isAtMost(Ratio other) {
    return compareTo(other) <= 0;
  }

  public boolean isAtLeast(Ratio other) {
    return compareTo(other) >= 0;
  }

  public boolean isGreaterThan(Ratio other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Ratio other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Ratio other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio other && value.compareTo(other.value) == 0;
  }

  @Override
  public int hashCode() {
    return Decimals.canonical(value).hashCode();
  }

  @Override
  public String toString() {
    return Decimals.plain(percent()) + "%";
  }
}
