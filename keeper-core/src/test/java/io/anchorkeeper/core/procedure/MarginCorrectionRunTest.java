package io.anchorkeeper.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.fixtures.FakeExchange.Fault;
import io.anchorkeeper.core.fixtures.Instruments;
import io.anchorkeeper.core.port.MarginChange;
import io.anchorkeeper.core.record.MarginStep;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Usdt;
import org.junit.jupiter.api.Test;

class MarginCorrectionRunTest {

  private static final SlotId CRO_SUB = SlotId.of("Wu666666", "CRO-USDT-SWAP", "long");

  /** Seed 002: CRO long of 108 contracts holding 20.29 U, count 0, so the band is 9.5-10.5. */
  private ProcedureKit seedKit(String margin) {
    ProcedureKit kit = new ProcedureKit();
    kit.exchange
        .instrument(Instruments.CRO, "0.0953")
        .balance("Wu666666", "40")
        .position(CRO_SUB, "108", "0.086", 10)
        .margin(CRO_SUB, margin);
    return kit;
  }

  private ProcedureReport correct(ProcedureKit kit) {
    return kit.run(kit.request(ProcedureType.MARGIN_CORRECTION, AnchorSlot.sub(CRO_SUB, 0)));
  }

  private static java.util.List<String> steps(ProcedureReport report) {
    return report.marginSteps().stream()
        .map(
            s ->
                s.change()
                    + " from "
                    + s.marginBefore().toCentsString()
                    + (s.applied() ? "" : " refused"))
        .toList();
  }

  @Test
  void bringsTheSeedsCroMarginIntoItsBandInOnePassOfBackToBackSteps() {
    ProcedureKit kit = seedKit("20.29");

    ProcedureReport report = correct(kit);

    assertThat(report.status()).isEqualTo(ProcedureStatus.COMPLETED);
    assertThat(steps(report))
        .containsExactly("reduce 5.00 USDT from 20.29 USDT", "reduce 5.00 USDT from 15.29 USDT");
    assertThat(report.remainingMargin()).contains(Usdt.of("10.29"));
    assertThat(report.summary()).contains("inside 9.50–10.50");
    assertThat(report.countAfter()).isZero();
    assertThat(kit.exchange.appliedMarginChanges()).hasSize(2);
  }

  @Test
  void aStepRefusedAsTooLargeHalvesTheCapAndTheCorrectionGoesOn() {
    ProcedureKit kit = seedKit("20.29");
    kit.exchange.failMarginCall(1, Fault.MARGIN_LIMIT);

    ProcedureReport report = correct(kit);

    assertThat(report.status()).isEqualTo(ProcedureStatus.COMPLETED);
    assertThat(steps(report))
        .containsExactly(
            "reduce 5.00 USDT from 20.29 USDT refused",
            "reduce 2.50 USDT from 20.29 USDT",
            "reduce 2.50 USDT from 17.79 USDT",
            "reduce 2.50 USDT from 15.29 USDT",
            "reduce 2.50 USDT from 12.79 USDT");
    assertThat(report.remainingMargin()).contains(Usdt.of("10.29"));
  }

  @Test
  void addsMarginFromTheFreeBalanceWhenBelowTheBand() {
    ProcedureKit kit = seedKit("8");

    ProcedureReport report = correct(kit);

    assertThat(steps(report)).containsExactly("add 2.00 USDT from 8.00 USDT");
    assertThat(report.remainingMargin()).contains(Usdt.of("10"));
    assertThat(kit.exchange.balanceOf("Wu666666")).isEqualTo(Usdt.of("38"));
  }

  @Test
  void aMarginInsideItsBandIsLeftAloneAndNothingIsSent() {
    ProcedureKit kit = seedKit("10.29");

    ProcedureReport report = correct(kit);

    assertThat(report.status()).isEqualTo(ProcedureStatus.REFUSED);
    assertThat(report.summary()).contains("inside");
    assertThat(kit.exchange.appliedMarginChanges()).isEmpty();
  }

  @Test
  void aTimeoutAfterTheChangeWasAppliedIsJudgedByTheMarginAndNotRepeated() {
    ProcedureKit kit = seedKit("20.29");
    kit.exchange.failMarginCall(1, Fault.UNKNOWN_AFTER_EXECUTION);

    ProcedureReport report = correct(kit);

    assertThat(report.remainingMargin()).contains(Usdt.of("10.29"));
    assertThat(kit.exchange.appliedMarginChanges())
        .containsExactly(MarginChange.reduce(Usdt.of(5)), MarginChange.reduce(Usdt.of(5)));
    assertThat(report.marginSteps()).extracting(MarginStep::applied).containsExactly(true, true);
  }

  @Test
  void aTimeoutOfAChangeThatNeverArrivedSendsItAgain() {
    ProcedureKit kit = seedKit("20.29");
    kit.exchange.failMarginCall(1, Fault.UNKNOWN_NOT_EXECUTED);

    ProcedureReport report = correct(kit);

    assertThat(report.remainingMargin()).contains(Usdt.of("10.29"));
    assertThat(kit.exchange.appliedMarginChanges()).hasSize(2);
  }
}
