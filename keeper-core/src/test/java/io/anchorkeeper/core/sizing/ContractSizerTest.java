package io.anchorkeeper.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.fixtures.Instruments;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.plan.Outcome;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Usdt;
import org.junit.jupiter.api.Test;

class ContractSizerTest {

  private static final Leverage TEN = Leverage.of(10);

  private static Outcome<Contracts> open(InstrumentSpec spec, long usdt, String mark) {
    return ContractSizer.forMargin(spec, Usdt.of(usdt), TEN, Price.of(mark));
  }

  private static Contracts keep(InstrumentSpec spec, long usdt, String mark) {
    return ContractSizer.toKeepMargin(spec, Usdt.of(usdt), TEN, Price.of(mark));
  }

  @Test
  void openingAMarginRoundsDownToTheLot() {
    // AAVE: 100 * 10 / (263.47 * 0.1) = 37.9549... -> 37.9
    assertThat(open(Instruments.AAVE, 100, "263.47").orElseThrow()).isEqualTo(Contracts.of("37.9"));
    // CRO: 10 * 10 / (0.0953 * 10) = 104.93... -> 104
    assertThat(open(Instruments.CRO, 10, "0.0953").orElseThrow()).isEqualTo(Contracts.of(104));
    // BTC: 10 * 10 / (97345.6 * 0.01) = 0.10272... -> 0.10
    assertThat(open(Instruments.BTC, 10, "97345.6").orElseThrow()).isEqualTo(Contracts.of("0.1"));
  }

  @Test
  void openingLessThanTheMinimumSizeIsRefusedWithTheNumbers() {
    // BTC with 2024's 0.1 lot: 10 * 10 / (120000 * 0.01) = 0.0833 -> 0.0
    Outcome<Contracts> result = open(Instruments.BTC_2024, 10, "120000");
    assertThat(result.isOk()).isFalse();
    assertThat(result.refusal().orElseThrow())
        .contains("10.00 USDT of margin at 10x and mark 120000")
        .contains("buys 0 contracts of BTC-USDT-SWAP (exactly 0.0833333)")
        .contains("below minSz 0.1");
  }

  @Test
  void keepingAMarginRoundsToTheNearestLot() {
    // AAVE: 10 * 10 / 26.347 = 3.7955 -> 3.8 (up)
    assertThat(keep(Instruments.AAVE, 10, "263.47")).isEqualTo(Contracts.of("3.8"));
    // AAVE: 100 / 27 = 3.7037 -> 3.7 (down)
    assertThat(keep(Instruments.AAVE, 10, "270")).isEqualTo(Contracts.of("3.7"));
    // CRO: 100 / 0.953 = 104.93 -> 105
    assertThat(keep(Instruments.CRO, 10, "0.0953")).isEqualTo(Contracts.of(105));
  }

  @Test
  void keepingNeverGoesBelowTheMinimumSize() {
    // 100 / (250000 * 0.01) = 0.04 -> nearest 0.0 -> minSz 0.1
    assertThat(keep(Instruments.BTC_2024, 10, "250000")).isEqualTo(Contracts.of("0.1"));
  }

  @Test
  void anOrderSizeRoundsDownAndIsRefusedBelowTheMinimum() {
    assertThat(
            ContractSizer.orderSize(Instruments.BTC, Contracts.of("3.404"), "trim").orElseThrow())
        .isEqualTo(Contracts.of("3.40"));
    Outcome<Contracts> tooSmall =
        ContractSizer.orderSize(Instruments.BTC_2024, Contracts.of("0.05"), "trim");
    assertThat(tooSmall.refusal())
        .contains("trim of 0.05 contracts rounds down to 0, below BTC-USDT-SWAP minSz 0.1");
  }
}
