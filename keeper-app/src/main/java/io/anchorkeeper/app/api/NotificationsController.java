package io.anchorkeeper.app.api;

import io.anchorkeeper.app.notify.DashboardFeed;
import io.anchorkeeper.app.notify.FeedEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The notification feed: exactly what Telegram gets (or would get), newest first. */
@RestController
class NotificationsController {

  private final DashboardFeed feed;

  NotificationsController(DashboardFeed feed) {
    this.feed = feed;
  }

  @GetMapping("/api/notifications")
  Map<String, Object> notifications(@RequestParam(defaultValue = "100") int limit) {
    RequestFields fields = new RequestFields();
    fields.check(limit >= 1 && limit <= 1000, "limit must be 1 to 1000, was " + limit);
    fields.throwIfInvalid();
    List<Map<String, Object>> rows = feed.latest(limit).stream().map(this::row).toList();
    return Map.of("notifications", rows, "count", rows.size());
  }

  private Map<String, Object> row(FeedEntry entry) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("sequence", entry.sequence());
    row.put("at", entry.at());
    row.put("kind", entry.kind());
    row.put("severity", entry.severity().name().toLowerCase(Locale.ROOT));
    row.put("slot", entry.slot().map(Object::toString).orElse(null));
    row.put("text", entry.text());
    return row;
  }
}
