package io.anchorkeeper.app.notify.telegram;

import java.util.List;
import java.util.Objects;

/**
 * One notification or reply waiting to be sent: its Telegram-sized parts, delivered in order, and
 * whether it is critical (kept when the queue overflows).
 */
record OutgoingMessage(List<String> parts, boolean critical) {

  OutgoingMessage {
    parts = List.copyOf(Objects.requireNonNull(parts, "parts must not be null"));
  }
}
