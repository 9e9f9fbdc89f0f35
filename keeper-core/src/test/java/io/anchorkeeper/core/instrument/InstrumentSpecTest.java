package io.anchorkeeper.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.core.fixtures.Instruments;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Ratio;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InstrumentSpecTest {

  @Test
  void contractValueIsCtValTimesCtMult() {
    assertThat(Instruments.CRO.contractValue()).isEqualByComparingTo("10");
    assertThat(Instruments.BTC.contractValue()).isEqualByComparingTo("0.01");
  }

  @Test
  void maxMarketChunkIsMaxMktSzRoundedDownToTheLot() {
    InstrumentSpec odd =
        Instruments.spec(
            "ODD-USDT-SWAP", "1", "0.1", "0.1", "0.01", "1000.05", "20", MarginTiers.empty());
    assertThat(odd.maxMarketChunk()).isEqualTo(Contracts.of("1000.0"));
  }

  @Test
  void tiersLoadedLaterReplaceTheEmptyOnes() {
    InstrumentSpec withTiers = Instruments.ETH.withTiers(Instruments.BTC.tiers());
    assertThat(withTiers.tiers().maintenanceRate(Contracts.of(2000))).contains(Ratio.of("0.005"));
    assertThat(withTiers.ctVal()).isEqualByComparingTo("0.1");
  }

  @Test
  void refusesANonPositiveContractValueNamingTheField() {
    assertThatThrownBy(
            () ->
                Instruments.spec(
                    "ETH-USDT-SWAP",
                    "0",
                    "0.01",
                    "0.01",
                    "0.01",
                    "100",
                    "100",
                    MarginTiers.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ETH-USDT-SWAP ctVal must be positive, was 0");
  }

  @Test
  void refusesAMinimumSizeThatIsNotALotMultiple() {
    assertThatThrownBy(
            () ->
                Instruments.spec(
                    "ETH-USDT-SWAP",
                    "0.1",
                    "0.1",
                    "0.15",
                    "0.01",
                    "100",
                    "100",
                    MarginTiers.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ETH-USDT-SWAP minSz must be a multiple of lotSz 0.1, was 0.15");
  }

  @Test
  void refusesAMaxMarketSizeBelowTheMinimum() {
    assertThatThrownBy(
            () ->
                Instruments.spec(
                    "ETH-USDT-SWAP", "0.1", "1", "5", "0.01", "4", "100", MarginTiers.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ETH-USDT-SWAP maxMktSz must allow at least minSz 5, was 4");
  }

  @Test
  void refusesANegativeTickSize() {
    assertThatThrownBy(
            () ->
                new InstrumentSpec(
                    InstrumentId.of("ETH-USDT-SWAP"),
                    new BigDecimal("0.1"),
                    BigDecimal.ONE,
                    new BigDecimal("0.01"),
                    Contracts.of("0.01"),
                    new BigDecimal("-0.01"),
                    Contracts.of("100"),
                    Instruments.ETH.maxLeverage(),
                    MarginTiers.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ETH-USDT-SWAP tickSz must be positive, was -0.01");
  }
}
