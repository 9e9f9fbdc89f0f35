package io.anchorkeeper.app.notify.telegram;

import java.util.Objects;

/**
 * The bot token and the owner's chat, from {@code TELEGRAM_BOT_TOKEN} and {@code TELEGRAM_CHAT_ID}.
 * {@code toString} shows the chat only.
 *
 * @param chatId the owner's chat: a user id, or a negative group id
 */
public record TelegramCredentials(BotToken token, long chatId) {

  public static final String TOKEN_VARIABLE = "TELEGRAM_BOT_TOKEN";
  public static final String CHAT_VARIABLE = "TELEGRAM_CHAT_ID";

  public TelegramCredentials {
    Objects.requireNonNull(token, "token must not be null");
  }

  /**
   * Reads both variables' values; fails naming the variable, never repeating the token.
   *
   * @param chatId the text of {@code TELEGRAM_CHAT_ID}, absent or blank when unset
   */
  public static TelegramCredentials parse(String token, String chatId) {
    BotToken parsed = BotToken.parse(token);
    if (chatId == null || chatId.isBlank()) {
      throw new IllegalArgumentException(
          CHAT_VARIABLE + " must be set when " + TOKEN_VARIABLE + " is: the owner's chat id");
    }
    try {
      return new TelegramCredentials(parsed, Long.parseLong(chatId.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          CHAT_VARIABLE + " must be a numeric chat id (negative for groups), was '" + chatId + "'");
    }
  }

  @Override
  public String toString() {
    return "TelegramCredentials[token=" + token + ", chatId=" + chatId + "]";
  }
}
