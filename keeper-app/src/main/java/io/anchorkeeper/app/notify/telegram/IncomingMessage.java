package io.anchorkeeper.app.notify.telegram;

import java.time.Instant;
import java.util.Objects;

/**
 * A text message the bot received.
 *
 * @param chatId the chat it came from; only the owner's chat is obeyed
 * @param sender who sent it, as {@code @username} or the numeric user id
 * @param text the text, empty for messages without text
 * @param sentAt when Telegram received it
 */
public record IncomingMessage(long chatId, String sender, String text, Instant sentAt) {

  public IncomingMessage {
    Objects.requireNonNull(sender, "sender must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(sentAt, "sentAt must not be null");
  }
}
