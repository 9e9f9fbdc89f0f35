package io.anchorkeeper.core.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A position or order size in contracts, as OKX counts them for swaps. Never negative: the
 * direction of a position is its {@code PositionSide}, not a sign.
 */
public record Contracts(BigDecimal value) implements Comparable<Contracts> {

  public static final Contracts ZERO = new Contracts(BigDecimal.ZERO);

  public Contracts {
    Objects.requireNonNull(value, "contracts must not be null");
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          "contracts must not be negative, was " + value.toPlainString());
    }
  }

  public static Contracts of(BigDecimal value) {
    return new Contracts(value);
  }

  public static Contracts of(String value) {
    return new Contracts(Decimals.parse("contracts", value));
  }

  public static Contracts of(long value) {
    return new Contracts(BigDecimal.valueOf(value));
  }

  /** Rounds down to a multiple of {@code lotSz}: never more than asked. */
  public Contracts roundDownToLot(BigDecimal lotSz) {
    return new Contracts(Decimals.roundToStep(value, lotSz, RoundingMode.DOWN));
  }

  /** Rounds to the nearest multiple of {@code lotSz}, halves up. */
  public Contracts roundToNearestLot(BigDecimal lotSz) {
    return new Contracts(Decimals.roundToStep(value, lotSz, RoundingMode.HALF_UP));
  }

  public boolean isMultipleOf(BigDecimal lotSz) {
    return Decimals.isMultipleOf(value, lotSz);
  }

  public Contracts plus(Contracts other) {
    return new Contracts(value.add(other.value));
  }

  /** Subtracts; fails when the result would be negative. */
  public Contracts minus(Contracts other) {
    return new Contracts(value.subtract(other.value));
  }

  public Contracts times(BigDecimal factor) {
    return new Contracts(value.multiply(factor));
  }

  public Contracts min(Contracts other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public Contracts max(Contracts other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public boolean isZero() {
    return value.signum() == 0;
  }

  public boolean isPositive() {
    return value.signum() > 0;
  }

  public boolean isGreaterThan(Contracts other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Contracts other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Contracts other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Contracts other && value.compareTo(other.value) == 0;
  }

  @Override
  public int hashCode() {
    return Decimals.canonical(value).hashCode();
  }

  /** The size as plain text without trailing zeros, e.g. {@code "0.6"}; the form OKX accepts. */
  public String toPlainString() {
    return Decimals.plain(value);
  }

  @Override
  public String toString() {
    return toPlainString();
  }
}
