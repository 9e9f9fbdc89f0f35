package io.anchorkeeper.app.notify.telegram;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The bot's secret token. It is part of every Bot API URL, so it leaves this object only to build a
 * request in {@link BotApiClient}: {@code toString} is redacted, errors never echo it, and {@link
 * #redact} scrubs it from any text that might have picked it up.
 */
public final class BotToken {

  private static final Pattern FORMAT = Pattern.compile("[0-9]{1,20}:[A-Za-z0-9_-]{20,128}");
  private static final String REDACTED = "***";

  private final String value;

  private BotToken(String value) {
    this.value = value;
  }

  /**
   * Reads a token as BotFather gives it (digits, a colon, then letters, digits, '_' and '-').
   *
   * @throws IllegalArgumentException naming the variable but never repeating the text
   */
  public static BotToken parse(String text) {
    Objects.requireNonNull(text, "TELEGRAM_BOT_TOKEN must not be null");
    String trimmed = text.strip();
    if (!FORMAT.matcher(trimmed).matches()) {
      throw new IllegalArgumentException(
          "TELEGRAM_BOT_TOKEN does not look like a Telegram bot token"
              + " (digits, ':', then at least 20 letters, digits, '_' or '-')");
    }
    return new BotToken(trimmed);
  }

  /** The token itself, for the request path only. */
  String value() {
    return value;
  }

  /** {@code text} with every occurrence of the token replaced by {@code ***}. */
  public String redact(String text) {
    return text.replace(value, REDACTED);
  }

  @Override
  public String toString() {
    return "BotToken[" + REDACTED + "]";
  }
}
