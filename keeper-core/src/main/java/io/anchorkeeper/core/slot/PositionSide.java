package io.anchorkeeper.core.slot;

import java.util.Locale;

/** The side of a position in hedge mode, where long and short are separate positions. */
public enum PositionSide {
  LONG,
  SHORT;

  /** Parses {@code long} or {@code short}, ignoring case, naming the bad value otherwise. */
  public static PositionSide parse(String text) {
    if (text != null) {
      switch (text.strip().toLowerCase(Locale.ROOT)) {
        case "long":
          return LONG;
        case "short":
          return SHORT;
        default:
          break;
      }
    }
    throw new IllegalArgumentException(
        "position side must be 'long' or 'short', was '" + text + "'");
  }

  /** The lower-case name, {@code long} or {@code short}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** +1 for long, -1 for short: the sign of PnL per unit of price rise. */
  public int sign() {
    return this == LONG ? 1 : -1;
  }

  public PositionSide opposite() {
    return this == LONG ? SHORT : LONG;
  }
}
