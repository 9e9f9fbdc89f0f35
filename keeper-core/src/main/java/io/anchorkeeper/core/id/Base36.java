package io.anchorkeeper.core.id;

import java.util.regex.Pattern;

/** Fixed-width, lower-case base-36 text for unsigned numbers: digits and letters only. */
final class Base36 {

  static final Pattern DIGITS = Pattern.compile("[0-9a-z]*");

  private Base36() {}

  /** {@code value} (unsigned) left-padded with '0' to {@code width} characters. */
  static String encode(long value, int width) {
    String digits = Long.toUnsignedString(value, 36);
    if (digits.length() > width) {
      throw new IllegalArgumentException(
          Long.toUnsignedString(value) + " does not fit in " + width + " base-36 digits");
    }
    return "0".repeat(width - digits.length()) + digits;
  }

  /** The unsigned number written by {@link #encode}. */
  static long decode(String text) {
    return Long.parseUnsignedLong(text, 36);
  }
}
