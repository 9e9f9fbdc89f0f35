package io.anchorkeeper.app.notify;

import io.anchorkeeper.core.notify.Severity;
import io.anchorkeeper.core.slot.SlotId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One notification as the dashboard shows it.
 *
 * @param sequence increases by one per entry from 1, for server-sent event ids
 * @param at when it happened (the notification's time)
 * @param kind the procedure type or alert kind, e.g. {@code SUPER_MAINTENANCE}, {@code PROFIT_TIER}
 * @param severity an alert's severity; a procedure's follows its status
 * @param slot the slot it is about, absent for exchange-wide alerts
 * @param text exactly what Telegram gets (Telegram HTML, escaped), in the configured language
 */
public record FeedEntry(
    long sequence, Instant at, String kind, Severity severity, Optional<SlotId> slot, String text) {

  public FeedEntry {
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(slot, "slot must not be null");
    Objects.requireNonNull(text, "text must not be null");
  }
}
