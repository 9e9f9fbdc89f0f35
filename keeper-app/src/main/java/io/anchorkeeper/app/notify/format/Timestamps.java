package io.anchorkeeper.app.notify.format;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** Times as the owner reads them: {@code 2025-12-31 15:00:00} in their zone, like the seed. */
public final class Timestamps {

  private static final DateTimeFormatter PATTERN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final DateTimeFormatter formatter;

  public Timestamps(ZoneId zone) {
    this.formatter = PATTERN.withZone(Objects.requireNonNull(zone, "zone must not be null"));
  }

  public String format(Instant instant) {
    return formatter.format(instant);
  }
}
