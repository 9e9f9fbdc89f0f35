package io.anchorkeeper.core.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/** Shared decimal helpers: the precision used for intermediate division and parsing of inputs. */
public final class Decimals {

  /**
   * Precision for intermediate results of a division (34 significant digits). Results that reach
   * the exchange or a record are rounded again, explicitly, to their tick, lot or cent.
   */
  public static final MathContext DIVISION = MathContext.DECIMAL128;

  private Decimals() {}

  /** Parses a decimal written as text, naming the field when the text is not a number. */
  public static BigDecimal parse(String field, String text) {
    Objects.requireNonNull(text, () -> field + " must not be null");
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    try {
      return new BigDecimal(trimmed);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " is not a decimal number: '" + text + "'", e);
    }
  }

  /** Divides with {@link #DIVISION} precision. */
  public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    return dividend.divide(divisor, DIVISION);
  }

  /** Canonical form for equality and hashing: numerically equal values compare equal. */
  static BigDecimal canonical(BigDecimal value) {
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  /** Rounds {@code value} to a multiple of {@code step} with the given rounding mode. */
  public static BigDecimal roundToStep(BigDecimal value, BigDecimal step, RoundingMode mode) {
    if (step.signum() <= 0) {
      throw new IllegalArgumentException("step must be positive, was " + step.toPlainString());
    }
    BigDecimal steps = value.divide(step, 0, mode);
    return steps.multiply(step).setScale(Math.max(step.stripTrailingZeros().scale(), 0));
  }

  /** True when {@code value} is an exact whole multiple of {@code step}. */
  public static boolean isMultipleOf(BigDecimal value, BigDecimal step) {
    return value.remainder(step).signum() == 0;
  }

  static String plain(BigDecimal value) {
    return canonical(value).toPlainString();
  }
}
