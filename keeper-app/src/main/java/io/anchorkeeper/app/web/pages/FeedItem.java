package io.anchorkeeper.app.web.pages;

import io.anchorkeeper.app.notify.FeedEntry;
import io.anchorkeeper.app.web.TelegramHtml;
import java.time.Instant;
import java.util.Locale;

/**
 * A notification as the dashboard lists it: its first line as the headline and the rest as the
 * body, each the Telegram text made safe by {@link TelegramHtml} (the only HTML the pages insert
 * unescaped); each part is converted on its own, so no tag runs from one into the other.
 */
public record FeedItem(
    long sequence,
    Instant at,
    String kind,
    String severity,
    String slot,
    String headline,
    String body) {

  public static FeedItem of(FeedEntry entry) {
    String text = entry.text().strip();
    int lineEnd = text.indexOf('\n');
    String first = lineEnd < 0 ? text : text.substring(0, lineEnd);
    String rest = lineEnd < 0 ? "" : text.substring(lineEnd + 1).strip();
    return new FeedItem(
        entry.sequence(),
        entry.at(),
        entry.kind().toLowerCase(Locale.ROOT),
        entry.severity().name().toLowerCase(Locale.ROOT),
        entry.slot().map(Object::toString).orElse(""),
        TelegramHtml.toSafeHtml(first),
        TelegramHtml.toSafeHtml(rest));
  }
}
