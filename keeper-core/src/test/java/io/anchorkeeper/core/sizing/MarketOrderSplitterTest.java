package io.anchorkeeper.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.fixtures.Instruments;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.instrument.MarginTiers;
import io.anchorkeeper.core.plan.Outcome;
import io.anchorkeeper.core.value.Contracts;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketOrderSplitterTest {

  private static List<Contracts> sizes(String... values) {
    return java.util.Arrays.stream(values).map(Contracts::of).toList();
  }

  @Test
  void anOrderWithinMaxMktSzStaysWhole() {
    assertThat(MarketOrderSplitter.split(Instruments.BTC, Contracts.of("34000")).orElseThrow())
        .containsExactlyElementsOf(sizes("34000"));
  }

  @Test
  void aLargerOrderIsSplitIntoFullChunksAndTheRemainder() {
    assertThat(MarketOrderSplitter.split(Instruments.BTC, Contracts.of("75000.5")).orElseThrow())
        .containsExactlyElementsOf(sizes("34000", "34000", "7000.5"));
    assertThat(MarketOrderSplitter.split(Instruments.BTC, Contracts.of("68000")).orElseThrow())
        .containsExactlyElementsOf(sizes("34000", "34000"));
  }

  @Test
  void aRemainderBelowTheMinimumIsRebalancedWithThePreviousChunk() {
    InstrumentSpec spec =
        Instruments.spec(
            "SYN-USDT-SWAP", "1", "0.01", "1", "0.01", "100", "20", MarginTiers.empty());
    // 200.5 = 100 + 100 + 0.5, and 0.5 < minSz 1: the last two become 99.5 and 1
    assertThat(MarketOrderSplitter.split(spec, Contracts.of("200.5")).orElseThrow())
        .containsExactlyElementsOf(sizes("100", "99.5", "1"));
  }

  @Test
  void refusesAnOrderThatIsNotALotMultipleOrBelowTheMinimum() {
    assertThat(MarketOrderSplitter.split(Instruments.AAVE, Contracts.of("0.65")).refusal())
        .contains("order of 0.65 contracts is not a multiple of lotSz 0.1");
    assertThat(MarketOrderSplitter.split(Instruments.BTC_2024, Contracts.of("0.05")).isOk())
        .isFalse();
  }

  @Test
  void refusesWhenNoChunkingFitsBetweenMinimumAndMaximum() {
    InstrumentSpec spec =
        Instruments.spec("SYN-USDT-SWAP", "1", "0.5", "1", "0.01", "1", "20", MarginTiers.empty());
    Outcome<List<Contracts>> result = MarketOrderSplitter.split(spec, Contracts.of("2.5"));
    assertThat(result.refusal())
        .contains("order of 2.5 contracts cannot be split into market orders of 1 to 1 contracts");
  }
}
