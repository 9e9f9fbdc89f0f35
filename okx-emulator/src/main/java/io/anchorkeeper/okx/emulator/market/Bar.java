package io.anchorkeeper.okx.emulator.market;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A candle width as OKX names it ({@code 1m}, {@code 4H}, {@code 1D}, {@code 1Dutc}, ...). Bars of
 * 6 hours and more are aligned to UTC+8 unless the name ends in {@code utc}, as OKX does. Months
 * and one-second bars are not offered (the series keeps one-minute bars).
 */
public record Bar(String name, long millis, long offsetMillis) {

  private static final Pattern FORMAT = Pattern.compile("(\\d+)([mHDW])(utc)?");
  private static final Set<String> OFFERED =
      Set.of("1m", "3m", "5m", "15m", "30m", "1H", "2H", "4H", "6H", "12H", "1D", "2D", "3D", "1W");
  private static final long HOUR = 3_600_000L;

  /** Parses an OKX bar name; empty when it is not one the emulator offers. */
  public static Optional<Bar> parse(String name) {
    String text = name == null || name.isBlank() ? "1m" : name;
    Matcher m = FORMAT.matcher(text);
    if (!m.matches() || !OFFERED.contains(text.replace("utc", ""))) {
      return Optional.empty();
    }
    long count = Long.parseLong(m.group(1));
    long unit =
        switch (m.group(2)) {
          case "m" -> CandleSeries.MINUTE;
          case "H" -> HOUR;
          case "D" -> 24 * HOUR;
          default -> 7 * 24 * HOUR;
        };
    long millis = count * unit;
    boolean utc = m.group(3) != null;
    if (utc && millis < 6 * HOUR) {
      return Optional.empty();
    }
    long offset = millis >= 6 * HOUR && !utc ? -8 * HOUR : 0;
    // Weekly bars start on Monday; the epoch was a Thursday.
    if (unit == 7 * 24 * HOUR) {
      offset += 4 * 24 * HOUR;
    }
    return Optional.of(new Bar(text, millis, offset));
  }

  /** Open time of the bar containing {@code ts}. */
  public long bucket(long ts) {
    return Math.floorDiv(ts - offsetMillis, millis) * millis + offsetMillis;
  }
}
