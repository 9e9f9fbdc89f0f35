package io.anchorkeeper.core.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.anchorkeeper.core.fixtures.Generators;
import io.anchorkeeper.core.fixtures.Positions;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.margin.MarginBand;
import io.anchorkeeper.core.margin.MarginCalculator;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CorrectionPropertiesTest {

  private static final Usdt CENT = Usdt.of("0.01");

  /** One slot's situation: position, settings, free balance and current step cap. */
  record Scenario(
      InstrumentSpec spec,
      PositionSnapshot position,
      AnchorSlot slot,
      Price mark,
      AnchorSettings settings,
      Usdt free,
      StepCap cap) {

    Scenario withPosition(PositionSnapshot other) {
      return new Scenario(spec, other, slot, mark, settings, free, cap);
    }

    CorrectionAssessment assess(PositionSnapshot current) {
      return assess(current, free);
    }

    CorrectionAssessment assess(PositionSnapshot current, Usdt freeNow) {
      return MarginCorrectionPlanner.assess(slot, current, spec, mark, settings, freeNow, cap);
    }

    /** Maintenance margin by tier (or fallback) at mark, or the exchange's if higher, + buffer. */
    Usdt floor(PositionSnapshot current) {
      Ratio rate = spec.tiers().maintenanceRate(current.size()).orElse(settings.fallbackMmr());
      Usdt ours = MarginCalculator.notional(spec, current.size(), mark).times(rate.value());
      return ours.max(current.maintenanceMargin()).plus(settings.safetyBuffer());
    }
  }

  /** A position and the spec it was generated for. */
  record Held(InstrumentSpec spec, PositionSnapshot position) {}

  private static Gen<Scenario> scenarios() {
    Gen<Held> positions =
        Generators.realInstruments()
            .flatMap(
                spec ->
                    Generators.lots(spec, 20_000)
                        .zip(
                            Generators.prices(),
                            Generators.cents(1, 100_000),
                            Generate.range(500, 1500),
                            (size, entry, margin, permille) ->
                                new Held(
                                    spec,
                                    Positions.of(spec, "Wu666666", "long")
                                        .size(size)
                                        .entry(entry)
                                        .mark(moved(entry, permille))
                                        .margin(margin)
                                        .build())));
    return positions.zip(
        Generate.range(0, 24),
        Generators.cents(0, 500),
        Generators.cents(0, 10_000),
        Generate.range(-3000, 3000),
        (held, countAndHalvings, buffer, free, nearFloor) -> {
          AnchorSettings settings =
              AnchorSettings.defaults()
                  .with(SettingsOverrides.builder().safetyBuffer(buffer).build());
          StepCap cap = StepCap.initial(settings);
          for (int i = 0; i < countAndHalvings % 5; i++) {
            cap = cap.afterRefusal().orElse(cap);
          }
          PositionSnapshot position = held.position();
          Scenario scenario =
              new Scenario(
                  held.spec(),
                  position,
                  new AnchorSlot(position.slot(), AccountKind.SUB, countAndHalvings / 5),
                  position.markPrice(),
                  settings,
                  free,
                  cap);
          // half of the scenarios put the margin within 30 U above the least it may keep
          return nearFloor < 0
              ? scenario
              : scenario.withPosition(
                  position.withMargin(
                      scenario
                          .floor(position)
                          .plus(Usdt.of(BigDecimal.valueOf(nearFloor, 2)))
                          .rounded(2, RoundingMode.HALF_UP)));
        });
  }

  private static Price moved(Price entry, int permille) {
    return Price.of(entry.value().multiply(BigDecimal.valueOf(permille, 3)));
  }

  @Test
  void aPlannedReductionNeverLeavesLessThanMaintenanceMarginPlusBuffer() {
    qt().withExamples(800)
        .forAll(scenarios())
        .checkAssert(
            s -> {
              CorrectionDecision decision = s.assess(s.position()).decision();
              if (decision instanceof CorrectionDecision.Reduce reduce) {
                Usdt after = s.position().margin().minus(reduce.amount());
                assertThat(after).isGreaterThanOrEqualTo(s.floor(s.position()));
                assertThat(after).isGreaterThanOrEqualTo(bandOf(s).target());
                assertThat(reduce.amount()).isLessThanOrEqualTo(s.cap().current());
                assertThat(reduce.amount().amount().scale()).isLessThanOrEqualTo(2);
              }
            });
  }

  @Test
  void aPlannedAdditionNeverExceedsTheFreeBalanceTheCapOrTheTargetByMoreThanACent() {
    qt().withExamples(800)
        .forAll(scenarios())
        .checkAssert(
            s -> {
              CorrectionDecision decision = s.assess(s.position()).decision();
              if (decision instanceof CorrectionDecision.Add add) {
                assertThat(add.amount()).isLessThanOrEqualTo(s.free());
                assertThat(add.amount()).isLessThanOrEqualTo(s.cap().current());
                assertThat(s.position().margin().plus(add.amount()))
                    .isLessThan(bandOf(s).target().plus(CENT));
              }
            });
  }

  @Test
  void backToBackStepsEndInsideTheBandOrExplainWhyNot() {
    qt().withExamples(400)
        .forAll(scenarios())
        .checkAssert(
            s -> {
              PositionSnapshot current = s.position();
              Usdt free = s.free();
              CorrectionDecision decision = s.assess(current, free).decision();
              for (int step = 0; step < 10_000 && isAdjustment(decision); step++) {
                if (decision instanceof CorrectionDecision.Add add) {
                  free = free.minus(add.amount());
                }
                current = applied(current, decision);
                decision = s.assess(current, free).decision();
              }
              MarginBand band = bandOf(s);
              if (decision instanceof CorrectionDecision.InBand) {
                assertThat(band.contains(current.margin())).isTrue();
              } else {
                assertThat(decision).isInstanceOf(CorrectionDecision.CannotCorrect.class);
                assertThat(band.contains(current.margin())).isFalse();
                if (current.margin().isGreaterThan(band.upper())) {
                  assertThat(current.margin().minus(s.floor(current))).isLessThan(CENT);
                } else {
                  assertThat(free).isLessThan(CENT);
                }
              }
            });
  }

  private static MarginBand bandOf(Scenario s) {
    return s.settings().marginBand(s.slot().kind(), s.slot().maintenanceCount());
  }

  private static boolean isAdjustment(CorrectionDecision decision) {
    return decision instanceof CorrectionDecision.Reduce
        || decision instanceof CorrectionDecision.Add;
  }

  private static PositionSnapshot applied(PositionSnapshot position, CorrectionDecision decision) {
    Usdt margin = position.margin();
    return position.withMargin(
        decision instanceof CorrectionDecision.Reduce reduce
            ? margin.minus(reduce.amount())
            : margin.plus(((CorrectionDecision.Add) decision).amount()));
  }
}
