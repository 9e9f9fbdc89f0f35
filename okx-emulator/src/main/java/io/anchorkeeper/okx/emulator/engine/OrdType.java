package io.anchorkeeper.okx.emulator.engine;

import java.util.Locale;
import java.util.Optional;

/** Order types the emulator executes. */
public enum OrdType {
  MARKET,
  LIMIT,
  POST_ONLY,
  FOK,
  IOC,
  OPTIMAL_LIMIT_IOC;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for types that carry a price. */
  public boolean hasPrice() {
    return this != MARKET && this != OPTIMAL_LIMIT_IOC;
  }

  /** True for types that take at the market price at once, whatever the mark. */
  public boolean isMarket() {
    return !hasPrice();
  }

  /** True for types whose unfilled rest is cancelled instead of resting. */
  public boolean isImmediate() {
    return this == FOK || this == IOC || isMarket();
  }

  public static Optional<OrdType> parse(String text) {
    for (OrdType t : values()) {
      if (t.wire().equals(text)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
