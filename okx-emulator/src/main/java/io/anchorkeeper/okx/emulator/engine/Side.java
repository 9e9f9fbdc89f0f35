package io.anchorkeeper.okx.emulator.engine;

import java.util.Locale;
import java.util.Optional;

/** Order side. */
public enum Side {
  BUY,
  SELL;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Side opposite() {
    return this == BUY ? SELL : BUY;
  }

  public static Optional<Side> parse(String text) {
    return "buy".equals(text)
        ? Optional.of(BUY)
        : "sell".equals(text) ? Optional.of(SELL) : Optional.empty();
  }
}
