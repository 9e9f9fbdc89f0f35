package io.anchorkeeper.app.web.history;

import java.time.Duration;
import java.util.Arrays;

/** The time spans a slot's chart can show. */
public enum ChartRange {
  HOUR("1h", Duration.ofHours(1)),
  SIX_HOURS("6h", Duration.ofHours(6)),
  DAY("24h", Duration.ofDays(1)),
  WEEK("7d", Duration.ofDays(7));

  private final String code;
  private final Duration span;

  ChartRange(String code, Duration span) {
    this.code = code;
    this.span = span;
  }

  public String code() {
    return code;
  }

  public Duration span() {
    return span;
  }

  /** The range named {@code code}; the day when none is given. */
  public static ChartRange parse(String code) {
    if (code == null || code.isBlank()) {
      return DAY;
    }
    return Arrays.stream(values())
        .filter(r -> r.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "range must be one of 1h, 6h, 24h, 7d; was '" + code + "'"));
  }
}
