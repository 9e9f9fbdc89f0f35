package io.anchorkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.app.web.history.ChartSeries;
import io.anchorkeeper.app.web.history.SlotSample;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChartSeriesTest {

  private static final SlotId CRO = SlotId.of("sub01", "CRO-USDT-SWAP", "long");
  private static final Instant T0 = Instant.parse("2025-12-31T13:47:00Z");

  @Test
  void givesProfitRatesInPercentAndMarginsInUsdtAtTheirTimes() {
    ChartSeries series =
        ChartSeries.of(List.of(sample(0, "0.1078", "20.29"), sample(30, null, "15.29")), 100);

    assertThat(series.time()).containsExactly(T0.toEpochMilli(), T0.toEpochMilli() + 30_000);
    assertThat(series.profitRate()).containsExactly(new BigDecimal("10.7800"), null);
    assertThat(series.margin())
        .containsExactly(new BigDecimal("20.2900"), new BigDecimal("15.2900"));
    assertThat(series.stored()).isEqualTo(2);
  }

  @Test
  void thinsAWeekOfSamplesToTheLimitKeepingTheFirstAndTheNewest() {
    List<SlotSample> week =
        IntStream.range(0, 20_160).mapToObj(i -> sample(i * 30L, "0.01", "10")).toList();

    ChartSeries series = ChartSeries.of(week, 360);

    assertThat(series.time()).hasSizeLessThanOrEqualTo(360).hasSizeGreaterThan(300);
    assertThat(series.time().get(0)).isEqualTo(week.get(0).at().toEpochMilli());
    assertThat(series.time().get(series.time().size() - 1))
        .isEqualTo(week.get(20_159).at().toEpochMilli());
    assertThat(series.stored()).isEqualTo(20_160);
  }

  static SlotSample sample(long seconds, String rate, String margin) {
    return new SlotSample(
        CRO,
        T0.plusSeconds(seconds),
        Optional.ofNullable(rate).map(Ratio::of),
        Usdt.of(margin),
        Contracts.of("90"),
        Optional.of(Price.of("0.1")));
  }
}
