package io.anchorkeeper.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.anchorkeeper.core.fixtures.Generators;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.margin.MarginCalculator;
import io.anchorkeeper.core.plan.Outcome;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class SizingPropertiesTest {

  private static final int EXAMPLES = 500;

  private static Usdt marginOf(InstrumentSpec spec, Contracts size, Price mark, Leverage lever) {
    return MarginCalculator.initialMargin(spec, size, mark, lever);
  }

  @Test
  void openingAMarginNeverCostsMoreThanAskedAndOneMoreLotWould() {
    qt().withExamples(EXAMPLES)
        .forAll(
            Generators.instruments(),
            Generators.cents(1, 10_000_000),
            Generators.leverages(),
            Generators.prices())
        .checkAssert(
            (spec, margin, lever, mark) -> {
              Outcome<Contracts> sized = ContractSizer.forMargin(spec, margin, lever, mark);
              Contracts oneLot = Contracts.of(spec.lotSz());
              if (sized.isOk()) {
                Contracts size = sized.orElseThrow();
                assertThat(size.isMultipleOf(spec.lotSz())).isTrue();
                assertThat(size).isGreaterThanOrEqualTo(spec.minSz());
                assertThat(marginOf(spec, size, mark, lever)).isLessThanOrEqualTo(margin);
                assertThat(marginOf(spec, size.plus(oneLot), mark, lever)).isGreaterThan(margin);
              } else {
                assertThat(marginOf(spec, spec.minSz(), mark, lever)).isGreaterThan(margin);
              }
            });
  }

  @Test
  void aRoundedOrderNeverExceedsTheRequestedSize() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.instruments(), Generate.range(1, 100_000_000), Generate.range(0, 6))
        .checkAssert(
            (spec, unscaled, scale) -> {
              Contracts requested = Contracts.of(BigDecimal.valueOf(unscaled, scale));
              Outcome<Contracts> rounded = ContractSizer.orderSize(spec, requested, "order");
              rounded
                  .toOptional()
                  .ifPresent(
                      size -> {
                        assertThat(size).isLessThanOrEqualTo(requested);
                        assertThat(size.isMultipleOf(spec.lotSz())).isTrue();
                        assertThat(requested.minus(size).value()).isLessThan(spec.lotSz());
                      });
              assertThat(rounded.isOk())
                  .isEqualTo(!spec.roundDownToLot(requested).isLessThan(spec.minSz()));
            });
  }

  @Test
  void splitChunksAddUpToTheOrderAndEachIsAValidMarketOrder() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.syntheticInstruments(), Generate.range(1, 5_000))
        .checkAssert(
            (spec, lots) -> {
              Contracts total = Contracts.of(spec.lotSz().multiply(BigDecimal.valueOf(lots)));
              Outcome<List<Contracts>> split = MarketOrderSplitter.split(spec, total);
              if (split.isOk()) {
                List<Contracts> chunks = split.orElseThrow();
                assertThat(chunks.stream().reduce(Contracts.ZERO, Contracts::plus))
                    .isEqualTo(total);
                assertThat(chunks)
                    .allSatisfy(
                        chunk -> {
                          assertThat(chunk.isMultipleOf(spec.lotSz())).isTrue();
                          assertThat(chunk).isGreaterThanOrEqualTo(spec.minSz());
                          assertThat(chunk).isLessThanOrEqualTo(spec.maxMktSz());
                        });
              } else {
                assertThat(unsplittable(spec, total)).isTrue();
              }
            });
  }

  /** True when no sequence of valid chunks can make up {@code total}, by this splitter's rule. */
  private static boolean unsplittable(InstrumentSpec spec, Contracts total) {
    if (total.isLessThan(spec.minSz())) {
      return true;
    }
    Contracts chunk = spec.maxMarketChunk();
    BigDecimal remainder = total.value().remainder(chunk.value());
    return remainder.signum() > 0
        && remainder.compareTo(spec.minSz().value()) < 0
        && chunk
                .value()
                .add(remainder)
                .compareTo(spec.minSz().value().multiply(BigDecimal.valueOf(2)))
            < 0;
  }
}
