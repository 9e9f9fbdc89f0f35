package io.anchorkeeper.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.core.fixtures.Instruments;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Ratio;
import org.junit.jupiter.api.Test;

class MarginTiersTest {

  private final MarginTiers btc = Instruments.BTC.tiers();

  private int tierOf(String contracts) {
    return btc.tierFor(Contracts.of(contracts)).orElseThrow().tier();
  }

  @Test
  void firstTierIncludesZeroAndItsMaximum() {
    assertThat(tierOf("0")).isEqualTo(1);
    assertThat(tierOf("0.01")).isEqualTo(1);
    assertThat(tierOf("1000")).isEqualTo(1);
  }

  @Test
  void aSizeAboveATiersMaximumFallsIntoTheNextTier() {
    assertThat(tierOf("1000.01")).isEqualTo(2);
    assertThat(tierOf("5000")).isEqualTo(2);
    assertThat(tierOf("5000.01")).isEqualTo(3);
  }

  @Test
  void aSizeBetweenTwoTiersGetsTheHigherTier() {
    assertThat(tierOf("1000.005")).isEqualTo(2);
  }

  @Test
  void aSizeBeyondTheLastTierHasNoTier() {
    assertThat(btc.tierFor(Contracts.of("20000.01"))).isEmpty();
    assertThat(MarginTiers.empty().maintenanceRate(Contracts.of(1))).isEmpty();
  }

  @Test
  void maintenanceRateIsTheTiersMmr() {
    assertThat(btc.maintenanceRate(Contracts.of("2000"))).contains(Ratio.of("0.005"));
  }

  @Test
  void refusesTiersThatDoNotStartAtZero() {
    assertThatThrownBy(() -> MarginTiers.of(MarginTier.of(1, "10", "1000", "0.004", "0.01", "100")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minSz 0, was 10");
  }

  @Test
  void refusesOverlappingTiers() {
    assertThatThrownBy(
            () ->
                MarginTiers.of(
                    MarginTier.of(1, "0", "1000", "0.004", "0.01", "100"),
                    MarginTier.of(2, "900", "5000", "0.005", "0.015", "66.66")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tier 2 minSz must be at least the previous maxSz 1000, was 900");
  }

  @Test
  void refusesATierWithAnImpossibleRate() {
    assertThatThrownBy(() -> MarginTier.of(1, "0", "1000", "0", "0.01", "100"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tier 1 mmr must be above 0 and at most 1, was 0");
  }

  @Test
  void refusesATierWhoseMaximumIsNotAboveItsMinimum() {
    assertThatThrownBy(() -> MarginTier.of(2, "1000", "1000", "0.005", "0.015", "66.66"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tier 2 maxSz must exceed minSz 1000, was 1000");
  }
}
