package io.anchorkeeper.app.notify.telegram;

import java.util.Objects;
import java.util.Optional;

/** One update from {@code getUpdates}: its id (for the next offset) and its message, if any. */
public record TelegramUpdate(long updateId, Optional<IncomingMessage> message) {

  public TelegramUpdate {
    Objects.requireNonNull(message, "message must not be null");
  }
}
