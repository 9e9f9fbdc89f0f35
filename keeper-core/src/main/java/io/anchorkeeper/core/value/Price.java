package io.anchorkeeper.core.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A price in USDT per unit of the contract's base currency. Always strictly positive. */
public record Price(BigDecimal value) implements Comparable<Price> {

  public Price {
    Objects.requireNonNull(value, "price must not be null");
    if (value.signum() <= 0) {
      throw new IllegalArgumentException("price must be positive, was " + value.toPlainString());
    }
  }

  public static Price of(BigDecimal value) {
    return new Price(value);
  }

  public static Price of(String value) {
    return new Price(Decimals.parse("price", value));
  }

  /** Rounds to a multiple of the instrument's tick size. */
  public Price roundToTick(BigDecimal tickSz, RoundingMode mode) {
    return new Price(Decimals.roundToStep(value, tickSz, mode));
  }

  public boolean isMultipleOf(BigDecimal tickSz) {
    return Decimals.isMultipleOf(value, tickSz);
  }

  /** The price moved by {@code fraction} (0.01 = one percent up, -0.01 = one percent down). */
  public Price movedBy(Ratio fraction) {
    return new Price(value.multiply(BigDecimal.ONE.add(fraction.value())));
  }

  @Override
  public int compareTo(Price other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Price other && value.compareTo(other.value) == 0;
  }

  @Override
  public int hashCode() {
    return Decimals.canonical(value).hashCode();
  }

  @Override
  public String toString() {
    return Decimals.plain(value);
  }
}
