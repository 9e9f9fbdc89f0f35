package io.anchorkeeper.core.value;

import java.math.BigDecimal;
import java.util.Objects;

/** Leverage as a multiple (10 = 10x). At least 1; OKX allows fractional values such as 66.66. */
public record Leverage(BigDecimal value) implements Comparable<Leverage> {

  public Leverage {
    Objects.requireNonNull(value, "leverage must not be null");
    if (value.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException(
          "leverage must be at least 1, was " + value.toPlainString());
    }
  }

  public static Leverage of(BigDecimal value) {
    return new Leverage(value);
  }

  public static Leverage of(String value) {
    return new Leverage(Decimals.parse("leverage", value));
  }

  public static Leverage of(long value) {
    return new Leverage(BigDecimal.valueOf(value));
  }

  @Override
  public int compareTo(Leverage other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Leverage other && value.compareTo(other.value) == 0;
  }

  @Override
  public int hashCode() {
    return Decimals.canonical(value).hashCode();
  }

  public String toPlainString() {
    return Decimals.plain(value);
  }

  @Override
  public String toString() {
    return toPlainString() + "x";
  }
}
