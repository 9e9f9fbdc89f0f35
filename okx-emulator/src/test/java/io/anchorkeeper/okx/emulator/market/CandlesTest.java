package io.anchorkeeper.okx.emulator.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One-minute bars, their aggregation to OKX bar names and the replay CSV reader. */
class CandlesTest {

  private static final long T0 = 1_767_571_200_000L; // 2026-01-05T00:00:00Z
  private static final long MIN = 60_000L;

  @Test
  void parsesOkxBarNamesWithTheirAlignment() {
    assertThat(Bar.parse(null).orElseThrow().millis()).isEqualTo(MIN);
    assertThat(Bar.parse("4H").orElseThrow().offsetMillis()).isZero();
    assertThat(Bar.parse("6H").orElseThrow().offsetMillis()).isEqualTo(-8 * 3_600_000L);
    assertThat(Bar.parse("6Hutc").orElseThrow().offsetMillis()).isZero();
    assertThat(Bar.parse("1Dutc").orElseThrow().bucket(T0 + 5 * MIN)).isEqualTo(T0);
    assertThat(Bar.parse("1Wutc").orElseThrow().bucket(T0 + 3 * 86_400_000L))
        .as("Monday")
        .isEqualTo(T0);
    assertThat(Bar.parse("1W").orElseThrow().bucket(T0 + 3 * 86_400_000L))
        .as("Monday 00:00 UTC+8")
        .isEqualTo(T0 - 8 * 3_600_000L);
    assertThat(Bar.parse("1Hutc")).as("utc only from 6H on").isEmpty();
    assertThat(Bar.parse("7m")).isEmpty();
    assertThat(Bar.parse("1M")).as("months are not offered").isEmpty();
  }

  @Test
  void fillsQuietMinutesAndAggregatesBars() {
    CandleSeries s = new CandleSeries(100);
    s.update(T0, px("10"), BigDecimal.ONE, BigDecimal.ONE, px("10"));
    s.update(T0 + 10_000, px("12"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    s.update(T0 + 4 * MIN + 1, px("9"), px("2"), px("2"), px("18"));
    List<CandleQuery.Row> minutes =
        CandleQuery.rows(s, Bar.parse("1m").orElseThrow(), null, null, 10, T0 + 5 * MIN + 1);
    assertThat(minutes).hasSize(6);
    assertThat(minutes.get(0).candle().ts()).isEqualTo(T0 + 5 * MIN);
    assertThat(minutes.get(0).confirmed()).isFalse();
    assertThat(minutes.get(3).candle().close())
        .as("a quiet minute stays flat")
        .isEqualByComparingTo("12");
    List<CandleQuery.Row> fives =
        CandleQuery.rows(s, Bar.parse("5m").orElseThrow(), null, null, 10, T0 + 5 * MIN + 1);
    Candle first = fives.get(1).candle();
    assertThat(first.ts()).isEqualTo(T0);
    assertThat(first.open()).isEqualByComparingTo("10");
    assertThat(first.high()).isEqualByComparingTo("12");
    assertThat(first.low()).isEqualByComparingTo("9");
    assertThat(first.close()).isEqualByComparingTo("9");
    assertThat(first.vol()).isEqualByComparingTo("3");
    assertThat(fives.get(1).confirmed()).isTrue();
    List<CandleQuery.Row> older =
        CandleQuery.rows(
            s, Bar.parse("1m").orElseThrow(), T0 + 2 * MIN, null, 10, T0 + 5 * MIN + 1);
    assertThat(older).extracting(r -> r.candle().ts()).containsExactly(T0 + MIN, T0);
  }

  @Test
  void replaysCandleClosesInTimeOrder() {
    List<String> csv =
        List.of(
            "ts,o,h,l,c,vol",
            "1767571320000,3,3,3,30.5,1",
            "1767571200000,1,1,1,10.5,1",
            "1767571260000,2,2,2,20.5,1");
    CandleReplay replay = new CandleReplay(CandleReplay.closes(csv));
    assertThat(replay.first()).isEqualByComparingTo("10.5");
    assertThat(replay.next(BigDecimal.ONE)).isEqualByComparingTo("20.5");
    assertThat(replay.next(BigDecimal.ONE)).isEqualByComparingTo("30.5");
    assertThat(replay.next(px("30.5"))).as("stays at the last close").isEqualByComparingTo("30.5");
  }

  private static BigDecimal px(String v) {
    return new BigDecimal(v);
  }
}
