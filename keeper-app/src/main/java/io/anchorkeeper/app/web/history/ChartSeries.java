package io.anchorkeeper.app.web.history;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A slot's chart data: profit rate (%) and margin (USDT) over time, at most {@code maxPoints}
 * points. Longer series keep every n-th sample and always the newest, so the chart stays light over
 * a week of 30-second samples.
 *
 * @param time each point's time in epoch milliseconds (the chart's x axis is linear in time)
 * @param profitRate in percent; null where the engine had no rate yet
 * @param stored how many samples the range held before thinning
 */
public record ChartSeries(
    @JsonProperty("time") List<Long> time,
    @JsonProperty("profit_rate") List<BigDecimal> profitRate,
    @JsonProperty("margin") List<BigDecimal> margin,
    @JsonProperty("size") List<BigDecimal> size,
    @JsonProperty("stored") int stored) {

  public ChartSeries {
    time = List.copyOf(time);
    profitRate = Collections.unmodifiableList(new ArrayList<>(profitRate));
    margin = List.copyOf(margin);
    size = List.copyOf(size);
  }

  /** The samples (oldest first), thinned to at most {@code maxPoints}. */
  public static ChartSeries of(List<SlotSample> samples, int maxPoints) {
    if (maxPoints < 2) {
      throw new IllegalArgumentException("maxPoints must be at least 2, was " + maxPoints);
    }
    List<SlotSample> kept = thin(samples, maxPoints);
    List<BigDecimal> rates = new ArrayList<>();
    kept.forEach(s -> rates.add(s.profitRate().map(r -> r.percent(4)).orElse(null)));
    return new ChartSeries(
        kept.stream().map(s -> s.at().toEpochMilli()).toList(),
        rates,
        kept.stream().map(s -> s.margin().amount().setScale(4, RoundingMode.HALF_UP)).toList(),
        kept.stream().map(s -> s.size().value().stripTrailingZeros()).toList(),
        samples.size());
  }

  private static List<SlotSample> thin(List<SlotSample> samples, int maxPoints) {
    if (samples.size() <= maxPoints) {
      return samples;
    }
    int step = (samples.size() - 1 + maxPoints - 2) / (maxPoints - 1);
    List<SlotSample> kept = new ArrayList<>();
    for (int i = 0; i < samples.size() - 1; i += step) {
      kept.add(samples.get(i));
    }
    kept.add(samples.get(samples.size() - 1));
    return kept;
  }
}
