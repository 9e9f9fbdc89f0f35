package io.anchorkeeper.core.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.anchorkeeper.core.fixtures.Generators;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.margin.MarginBand;
import io.anchorkeeper.core.margin.MarginCalculator;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.plan.PlannedOrder;
import io.anchorkeeper.core.sizing.ContractSizer;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TrimPropertiesTest {

  private static final Ratio TOLERANCE = Ratio.ofPercent("5");

  /** A super maintenance whose step 2 filled {@code filled}, trimmed at {@code mark}. */
  record SuperCase(SuperMaintenancePlan plan, Contracts filled, Price mark) {}

  /** A normal maintenance whose step 2 filled {@code filled}. */
  record NormalCase(NormalMaintenancePlan plan, Contracts filled) {}

  private static SlotId slot(InstrumentSpec spec) {
    return SlotId.of("Wu666666", spec.instId().value(), "long");
  }

  private static PlannedOrder step(int step, OrderPurpose purpose, Contracts size) {
    return new PlannedOrder(step, purpose, size);
  }

  private static Gen<SuperCase> superCases() {
    return Generators.instruments()
        .zip(
            Generators.leverages(),
            Generators.prices(),
            Generators.cents(100, 5_000),
            Generate.range(0, 15 * 100 + 50),
            (spec, lever, mark, target, spread) -> {
              // filled: the contracts for 0 to 15 times the target, plus 0 to 49 lots
              Contracts base =
                  spread / 100 == 0
                      ? spec.minSz()
                      : ContractSizer.toKeepMargin(
                          spec, target.times(BigDecimal.valueOf(spread / 100)), lever, mark);
              Contracts filled =
                  base.plus(Contracts.of(spec.lotSz().multiply(BigDecimal.valueOf(spread % 50))));
              SuperMaintenancePlan plan =
                  new SuperMaintenancePlan(
                      slot(spec),
                      spec,
                      lever,
                      step(1, OrderPurpose.CLOSE_OLD, spec.minSz()),
                      step(2, OrderPurpose.OPEN, filled),
                      MarginBand.around(target, TOLERANCE));
              return new SuperCase(plan, filled, mark);
            });
  }

  private static Usdt marginAt(SuperCase c, Contracts size) {
    return MarginCalculator.initialMargin(c.plan().spec(), size, c.mark(), c.plan().leverage());
  }

  @Test
  void trimmingKeepsTheMarginInsideTheBandOrExplainsWhy() {
    qt().withExamples(800)
        .forAll(superCases())
        .checkAssert(
            c -> {
              InstrumentSpec spec = c.plan().spec();
              MarginBand band = c.plan().band();
              Contracts lot = Contracts.of(spec.lotSz());
              TrimDecision decision = c.plan().trimAfterOpen(c.filled(), c.mark());
              if (decision instanceof TrimDecision.Trim trim) {
                Contracts kept = trim.remaining();
                assertThat(trim.order().size().plus(kept)).isEqualTo(c.filled());
                assertThat(trim.order().size()).isGreaterThanOrEqualTo(spec.minSz());
                assertThat(trim.order().size().isMultipleOf(spec.lotSz())).isTrue();
                assertThat(kept).isGreaterThanOrEqualTo(spec.minSz());
                boolean inBand = band.contains(marginAt(c, kept));
                assertThat(trim.note().isEmpty()).isEqualTo(inBand);
                if (!inBand) {
                  // no valid size one lot either way would have been inside the band
                  assertThat(band.contains(marginAt(c, kept.plus(lot)))).isFalse();
                  if (!kept.minus(spec.minSz()).isLessThan(lot)) {
                    assertThat(band.contains(marginAt(c, kept.minus(lot)))).isFalse();
                  }
                  assertThat(trim.note().orElseThrow()).contains(band.describe());
                }
              } else {
                TrimDecision.NoTrim none = (TrimDecision.NoTrim) decision;
                assertThat(none.remaining()).isEqualTo(c.filled());
                Contracts keep =
                    ContractSizer.toKeepMargin(spec, band.target(), c.plan().leverage(), c.mark());
                boolean nothingToTrim = !c.filled().isGreaterThan(keep);
                boolean excessTooSmall =
                    spec.roundDownToLot(c.filled().minus(nothingToTrim ? c.filled() : keep))
                        .isLessThan(spec.minSz());
                assertThat(nothingToTrim || excessTooSmall).isTrue();
                assertThat(none.reason()).isNotBlank();
              }
            });
  }

  private static Gen<NormalCase> normalCases() {
    return Generators.instruments()
        .zip(
            Generate.range(1, 100_000).mix(Generate.range(1, 40)),
            Generate.range(50, 99),
            (spec, lots, percent) -> {
              Contracts filled = Contracts.of(spec.lotSz().multiply(BigDecimal.valueOf(lots)));
              NormalMaintenancePlan plan =
                  new NormalMaintenancePlan(
                      slot(spec),
                      spec,
                      Leverage.of(10),
                      step(1, OrderPurpose.CLOSE_OLD, spec.minSz()),
                      step(2, OrderPurpose.OPEN, filled),
                      Ratio.ofPercent(BigDecimal.valueOf(percent)));
              return new NormalCase(plan, filled);
            });
  }

  @Test
  void normalTrimNeverClosesMoreThanTheFractionAndNeverLeavesLessThanTheMinimum() {
    qt().withExamples(600)
        .forAll(normalCases())
        .checkAssert(
            c -> {
              InstrumentSpec spec = c.plan().spec();
              TrimDecision decision = c.plan().trimAfterOpen(c.filled());
              if (decision instanceof TrimDecision.Trim trim) {
                Contracts closed = trim.order().size();
                assertThat(closed.value())
                    .isLessThanOrEqualTo(
                        c.filled().value().multiply(c.plan().closeFraction().value()));
                assertThat(closed.isMultipleOf(spec.lotSz())).isTrue();
                assertThat(closed).isGreaterThanOrEqualTo(spec.minSz());
                assertThat(trim.remaining()).isGreaterThanOrEqualTo(spec.minSz());
                assertThat(closed.plus(trim.remaining())).isEqualTo(c.filled());
              } else {
                assertThat(decision.remaining()).isEqualTo(c.filled());
              }
            });
  }
}
