package io.anchorkeeper.core.correction;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.fixtures.Instruments;
import io.anchorkeeper.core.fixtures.Positions;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 002's CRO-USDT-SWAP long on sub-account Wu666666: 108 contracts of 10 CRO, entry 0.09428,
 * mark 0.0953, 10x, count 0, margin 20.29 U against a 10 U target. Maintenance margin 108 * 10 *
 * 0.0953 * 0.4% = 0.411696 U (no tier data: fallback rate).
 */
class MarginCorrectionPlannerTest {

  private static final AnchorSettings DEFAULTS = AnchorSettings.defaults();
  private static final Price MARK = Price.of("0.0953");

  private static Positions cro(String margin) {
    return Positions.of(Instruments.CRO, "Wu666666", "long")
        .size("108")
        .entry("0.09428")
        .mark("0.0953")
        .margin(margin);
  }

  private static CorrectionAssessment assess(
      PositionSnapshot position, int count, AnchorSettings settings, Usdt free, StepCap cap) {
    return MarginCorrectionPlanner.assess(
        AnchorSlot.sub(position.slot(), count),
        position,
        Instruments.CRO,
        MARK,
        settings,
        free,
        cap);
  }

  private static CorrectionAssessment assess(PositionSnapshot position, int count, Usdt free) {
    return assess(position, count, DEFAULTS, free, StepCap.initial(DEFAULTS));
  }

  private static PositionSnapshot apply(PositionSnapshot position, CorrectionDecision decision) {
    if (decision instanceof CorrectionDecision.Reduce reduce) {
      return position.withMargin(position.margin().minus(reduce.amount()));
    }
    if (decision instanceof CorrectionDecision.Add add) {
      return position.withMargin(position.margin().plus(add.amount()));
    }
    throw new AssertionError("not an adjustment: " + decision);
  }

  @Test
  void seedCroCorrectionReachesTheBandInTwoBackToBackStepsOfFiveUsdt() {
    PositionSnapshot position = cro("20.29").build();
    List<Usdt> margins = new ArrayList<>(List.of(position.margin()));
    List<CorrectionDecision> decisions = new ArrayList<>();
    CorrectionAssessment assessment = assess(position, 0, Usdt.ZERO);
    while (!(assessment.decision() instanceof CorrectionDecision.InBand)) {
      decisions.add(assessment.decision());
      position = apply(position, assessment.decision());
      margins.add(position.margin());
      assessment = assess(position, 0, Usdt.ZERO);
    }
    assertThat(decisions)
        .containsExactly(
            new CorrectionDecision.Reduce(Usdt.of(5)), new CorrectionDecision.Reduce(Usdt.of(5)));
    assertThat(margins).containsExactly(Usdt.of("20.29"), Usdt.of("15.29"), Usdt.of("10.29"));
    assertThat(assessment.band().lower()).isEqualTo(Usdt.of("9.5"));
    assertThat(assessment.band().upper()).isEqualTo(Usdt.of("10.5"));
  }

  @Test
  void aDeviationOverTwentyPercentAlerts() {
    CorrectionAssessment far = assess(cro("20.29").build(), 0, Usdt.ZERO);
    assertThat(far.deviation()).isEqualTo(Ratio.of("1.029"));
    assertThat(far.alert()).isTrue();
    assertThat(assess(cro("12").build(), 0, Usdt.ZERO).alert()).isFalse();
    assertThat(assess(cro("12.01").build(), 0, Usdt.ZERO).alert()).isTrue();
  }

  @Test
  void aReductionNeverTakesTheMarginBelowMaintenanceMarginPlusBuffer() {
    AnchorSettings bigBuffer =
        DEFAULTS.with(SettingsOverrides.builder().safetyBuffer(Usdt.of(10)).build());
    // must keep 0.411696 + 10 = 10.411696: reducible 12 - 10.411696 = 1.588304 -> 1.58 (down)
    CorrectionAssessment assessment =
        assess(cro("12").build(), 0, bigBuffer, Usdt.ZERO, StepCap.initial(bigBuffer));
    assertThat(assessment.decision()).isEqualTo(new CorrectionDecision.Reduce(Usdt.of("1.58")));
  }

  @Test
  void theExchangesMaintenanceMarginWinsWhenItIsHigher() {
    AnchorSettings bigBuffer =
        DEFAULTS.with(SettingsOverrides.builder().safetyBuffer(Usdt.of(10)).build());
    PositionSnapshot position = cro("12").maintenanceMargin("0.9").build();
    // must keep 0.9 + 10 = 10.9: reducible 1.1
    assertThat(assess(position, 0, bigBuffer, Usdt.ZERO, StepCap.initial(bigBuffer)).decision())
        .isEqualTo(new CorrectionDecision.Reduce(Usdt.of("1.1")));
  }

  @Test
  void nothingCanBeReducedWhenTheBufferTakesItAll() {
    AnchorSettings hugeBuffer =
        DEFAULTS.with(SettingsOverrides.builder().safetyBuffer(Usdt.of("11.9")).build());
    CorrectionAssessment assessment =
        assess(cro("12").build(), 0, hugeBuffer, Usdt.ZERO, StepCap.initial(hugeBuffer));
    assertThat(assessment.decision())
        .isEqualTo(
            new CorrectionDecision.CannotCorrect(
                "margin 12.00 USDT is above the band 9.50–10.50 USDT but must stay at least 12.31"
                    + " USDT (maintenance margin + safety buffer); nothing can be reduced"));
  }

  @Test
  void tooLittleMarginIsToppedUpFromTheFreeBalanceWithinTheCap() {
    // count 2: target 20, band 19-21
    PositionSnapshot position = cro("12").build();
    assertThat(assess(position, 2, Usdt.of(50)).decision())
        .isEqualTo(new CorrectionDecision.Add(Usdt.of(5)));
    assertThat(assess(position.withMargin(Usdt.of(17)), 2, Usdt.of(50)).decision())
        .isEqualTo(new CorrectionDecision.Add(Usdt.of(3)));
    assertThat(assess(position, 2, Usdt.of("1.239")).decision())
        .isEqualTo(new CorrectionDecision.Add(Usdt.of("1.23")));
  }

  @Test
  void aShortfallIsRoundedUpToTheCent() {
    assertThat(assess(cro("9.4951").build(), 0, Usdt.of(50)).decision())
        .isEqualTo(new CorrectionDecision.Add(Usdt.of("0.51")));
  }

  @Test
  void withoutFreeBalanceNothingCanBeAdded() {
    CorrectionAssessment assessment = assess(cro("8").build(), 0, Usdt.ZERO);
    assertThat(assessment.decision())
        .isEqualTo(
            new CorrectionDecision.CannotCorrect(
                "margin 8.00 USDT is below the band 9.50–10.50 USDT but the free balance is 0.00"
                    + " USDT; nothing can be added"));
  }

  @Test
  void afterRefusalsTheStepIsHalvedAndTheCorrectionGoesOn() {
    // an exchange that refuses (59301) any reduction above 2 U
    Usdt limit = Usdt.of(2);
    PositionSnapshot position = cro("20.29").build();
    StepCap cap = StepCap.initial(DEFAULTS);
    List<Usdt> sent = new ArrayList<>();
    int refusals = 0;
    CorrectionAssessment assessment = assess(position, 0, DEFAULTS, Usdt.ZERO, cap);
    while (assessment.decision() instanceof CorrectionDecision.Reduce reduce) {
      if (reduce.amount().isGreaterThan(limit)) {
        refusals++;
        cap = cap.afterRefusal().orElseThrow();
      } else {
        sent.add(reduce.amount());
        position = apply(position, reduce);
      }
      assessment = assess(position, 0, DEFAULTS, Usdt.ZERO, cap);
    }
    // 5 and 2.5 refused, 1.25 accepted: 8 steps of 1.25 take 20.29 to 10.29
    assertThat(refusals).isEqualTo(2);
    assertThat(cap.current()).isEqualTo(Usdt.of("1.25"));
    assertThat(sent).hasSize(8).allSatisfy(a -> assertThat(a).isLessThanOrEqualTo(limit));
    assertThat(assessment.decision()).isInstanceOf(CorrectionDecision.InBand.class);
    assertThat(position.margin()).isEqualTo(Usdt.of("10.29"));
  }
}
