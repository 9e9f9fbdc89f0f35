package io.anchorkeeper.core.port;

import io.anchorkeeper.core.value.Usdt;
import java.util.Locale;
import java.util.Objects;

/** An amount of USDT to move into or out of an isolated position. */
public record MarginChange(MarginDirection direction, Usdt amount) {

  public MarginChange {
    Objects.requireNonNull(direction, "direction must not be null");
    Objects.requireNonNull(amount, "amount must not be null");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("margin change must be positive, was " + amount);
    }
  }

  public static MarginChange add(Usdt amount) {
    return new MarginChange(MarginDirection.ADD, amount);
  }

  public static MarginChange reduce(Usdt amount) {
    return new MarginChange(MarginDirection.REDUCE, amount);
  }

  /** The margin this change should leave when applied to {@code before}. */
  public Usdt applyTo(Usdt before) {
    return direction == MarginDirection.ADD ? before.plus(amount) : before.minus(amount);
  }

  @Override
  public String toString() {
    return direction.name().toLowerCase(Locale.ROOT) + " " + amount.toCentsString();
  }
}
