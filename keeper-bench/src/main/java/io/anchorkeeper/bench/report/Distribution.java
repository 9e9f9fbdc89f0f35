package io.anchorkeeper.bench.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A whole distribution of durations (nearest-rank percentiles, no interpolation), in milliseconds.
 *
 * @param count samples
 * @param p50Ms median
 * @param p90Ms 90th percentile
 * @param p99Ms 99th percentile (with fewer than 100 samples, the maximum)
 * @param maxMs largest sample
 * @param minMs smallest sample
 * @param meanMs mean
 */
public record Distribution(
    int count,
    double p50Ms,
    double p90Ms,
    double p99Ms,
    double maxMs,
    double minMs,
    double meanMs) {

  /** The distribution of durations given in nanoseconds. */
  public static Distribution ofNanos(List<Long> nanos) {
    if (nanos.isEmpty()) {
      return new Distribution(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Distribution(
        sorted.length,
        ms(rank(sorted, 0.50)),
        ms(rank(sorted, 0.90)),
        ms(rank(sorted, 0.99)),
        ms(sorted[sorted.length - 1]),
        ms(sorted[0]),
        ms((long) Arrays.stream(sorted).average().orElse(0)));
  }

  private static long rank(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }

  /** "p50 1.2 ms, p99 3.4 ms, max 5.6 ms (n=200)". */
  public String brief() {
    if (count == 0) {
      return "no samples";
    }
    return String.format(
        Locale.ROOT,
        "p50 %s ms, p99 %s ms, max %s ms (n=%d)",
        fmt(p50Ms),
        fmt(p99Ms),
        fmt(maxMs),
        count);
  }

  /** The figures as a JSON-ready map. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("count", count);
    map.put("p50Ms", p50Ms);
    map.put("p90Ms", p90Ms);
    map.put("p99Ms", p99Ms);
    map.put("maxMs", maxMs);
    map.put("minMs", minMs);
    map.put("meanMs", meanMs);
    return map;
  }

  /** Three significant-ish digits: 0.412, 4.12, 41.2, 412. */
  public static String fmt(double ms) {
    if (Double.isNaN(ms)) {
      return "-";
    }
    if (ms >= 100) {
      return String.format(Locale.ROOT, "%.0f", ms);
    }
    if (ms >= 10) {
      return String.format(Locale.ROOT, "%.1f", ms);
    }
    return String.format(Locale.ROOT, "%.2f", ms);
  }
}
