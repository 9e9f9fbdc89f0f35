package io.anchorkeeper.core.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of USDT. May be negative (a loss, a charged fee). Kept at full precision; round with
 * {@link #rounded(int, RoundingMode)} where a record or message needs a fixed scale.
 */
public record Usdt(BigDecimal amount) implements Comparable<Usdt> {

  public static final Usdt ZERO = new Usdt(BigDecimal.ZERO);

  public Usdt {
    Objects.requireNonNull(amount, "amount must not be null");
  }

  public static Usdt of(BigDecimal amount) {
    return new Usdt(amount);
  }

  public static Usdt of(String amount) {
    return new Usdt(Decimals.parse("USDT amount", amount));
  }

  public static Usdt of(long amount) {
    return new Usdt(BigDecimal.valueOf(amount));
  }

  public Usdt plus(Usdt other) {
    return new Usdt(amount.add(other.amount));
  }

  public Usdt minus(Usdt other) {
    return new Usdt(amount.subtract(other.amount));
  }

  public Usdt times(BigDecimal factor) {
    return new Usdt(amount.multiply(factor));
  }

  public Usdt dividedBy(BigDecimal divisor) {
    return new Usdt(Decimals.divide(amount, divisor));
  }

  /** This amount as a fraction of {@code base} (for example fees over notional). */
  public Ratio ratioTo(Usdt base) {
    if (base.amount.signum() == 0) {
      throw new ArithmeticException("cannot take a ratio to zero USDT");
    }
    return Ratio.of(Decimals.divide(amount, base.amount));
  }

  public Usdt negate() {
    return new Usdt(amount.negate());
  }

  public Usdt abs() {
    return amount.signum() < 0 ? negate() : this;
  }

  public Usdt max(Usdt other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public Usdt min(Usdt other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public Usdt rounded(int scale, RoundingMode mode) {
    return new Usdt(amount.setScale(scale, mode));
  }

  public int signum() {
    return amount.signum();
  }

  /** The amount rounded half-up to cents, e.g. {@code "10.29 USDT"}: for messages, not maths. */
  public String toCentsString() {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " USDT";
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isGreaterThan(Usdt other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Usdt other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Usdt other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Usdt other && amount.compareTo(other.amount) == 0;
  }

  @Override
  public int hashCode() {
    return Decimals.canonical(amount).hashCode();
  }

  @Override
  public String toString() {
    return Decimals.plain(amount) + " USDT";
  }
}
