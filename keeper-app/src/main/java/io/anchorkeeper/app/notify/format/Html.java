package io.anchorkeeper.app.notify.format;

/**
 * Telegram's HTML parse mode: text outside tags must have {@code <}, {@code >} and {@code &}
 * escaped, or Telegram refuses the whole message. Every piece of text that does not come from this
 * package (exchange messages, summaries, names, command replies) goes through {@link #escape}.
 */
public final class Html {

  private static final String ELLIPSIS = "…";

  private Html() {}

  /** The text with {@code <}, {@code >}, {@code &} and {@code "} as Telegram's named entities. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> out.append(escaped(c)));
    return out.toString();
  }

  /**
   * The escaped text cut to at most {@code maxLength} characters, ending in an ellipsis when cut.
   * The cut never falls inside an entity or a surrogate pair.
   */
  public static String escapeWithin(String text, int maxLength) {
    if (maxLength <= ELLIPSIS.length()) {
      throw new IllegalArgumentException("maxLength must exceed 1, was " + maxLength);
    }
    String full = escape(text);
    if (full.length() <= maxLength) {
      return full;
    }
    int budget = maxLength - ELLIPSIS.length();
    StringBuilder out = new StringBuilder(maxLength);
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      String piece = escaped(c);
      if (out.length() + piece.length() > budget) {
        break;
      }
      out.append(piece);
      i += Character.charCount(c);
    }
    return out.append(ELLIPSIS).toString();
  }

  /** Bold, for labels and titles; {@code html} must already be escaped. */
  static String bold(String html) {
    return "<b>" + html + "</b>";
  }

  /** Monospace, for ids the owner may copy; escapes {@code text}. */
  static String code(String text) {
    return "<code>" + escape(text) + "</code>";
  }

  private static String escaped(int codePoint) {
    switch (codePoint) {
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '&':
        return "&amp;";
      case '"':
        return "&quot;";
      default:
        return new String(Character.toChars(codePoint));
    }
  }
}
