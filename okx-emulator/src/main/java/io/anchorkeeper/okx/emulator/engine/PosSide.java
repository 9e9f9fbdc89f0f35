package io.anchorkeeper.okx.emulator.engine;

import java.util.Locale;
import java.util.Optional;

/** Position side: {@code long}/{@code short} in long/short mode, {@code net} in net mode. */
public enum PosSide {
  LONG,
  SHORT,
  NET;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PosSide> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text) {
      case "long" -> Optional.of(LONG);
      case "short" -> Optional.of(SHORT);
      case "net" -> Optional.of(NET);
      default -> Optional.empty();
    };
  }
}
