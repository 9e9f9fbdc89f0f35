package io.anchorkeeper.okx.emulator.market;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers OKX candle requests from one-minute bars: aggregates to the requested {@link Bar}, newest
 * first, {@code after} (older than, exclusive) and {@code before} (newer than, exclusive), at most
 * {@code limit} rows. A row is confirmed ("1") once its bar has closed.
 */
public final class CandleQuery {

  /** A bar with its confirm flag. */
  public record Row(Candle candle, boolean confirmed) {}

  private CandleQuery() {}

  public static List<Row> rows(
      CandleSeries series, Bar bar, Long after, Long before, int limit, long now) {
    long from = before == null ? 0 : bar.bucket(before);
    Map<Long, Candle> buckets = new LinkedHashMap<>();
    for (Candle minute : series.barsSince(from, now)) {
      buckets.merge(
          bar.bucket(minute.ts()),
          rebase(minute, bar.bucket(minute.ts())),
          (earlier, later) -> earlier.merge(later));
    }
    List<Row> out = new ArrayList<>();
    List<Candle> ordered = new ArrayList<>(buckets.values());
    for (int i = ordered.size() - 1; i >= 0 && out.size() < limit; i--) {
      Candle c = ordered.get(i);
      if ((after != null && c.ts() >= after) || (before != null && c.ts() <= before)) {
        continue;
      }
      out.add(new Row(c, c.ts() + bar.millis() <= now));
    }
    return out;
  }

  private static Candle rebase(Candle c, long ts) {
    return new Candle(
        ts, c.open(), c.high(), c.low(), c.close(), c.vol(), c.volCcy(), c.volCcyQuote());
  }
}
