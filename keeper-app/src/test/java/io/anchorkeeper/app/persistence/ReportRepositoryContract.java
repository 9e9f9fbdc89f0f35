package io.anchorkeeper.app.persistence;

import static io.anchorkeeper.app.persistence.CoreSamples.MAIN_SHORT;
import static io.anchorkeeper.app.persistence.CoreSamples.SUB_LONG;
import static io.anchorkeeper.app.persistence.CoreSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ReportRepository}: finished procedures' records, listed and filtered. */
abstract class ReportRepositoryContract extends RepositoryContract {

  private static final SlotId WU_BTC_SHORT = SlotId.of("Wu666666", "BTC-USDT-SWAP", "short");

  private ProcedureReport maintenance;
  private ProcedureReport refusal;
  private ProcedureReport correction;

  /** Three reports finished at T0+1m (sub long), T0+2m (main short), T0+3m (sub BTC short). */
  @BeforeEach
  void finishThreeProcedures() {
    ProcedureRequest first = begun(CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB)));
    maintenance = CoreSamples.completedMaintenance(first, T0.plus(Duration.ofMinutes(1)));
    journal.finish(maintenance);
    ProcedureRequest second =
        begun(
            CoreSamples.ruleRequest(
                ProcedureType.AUTO_OPEN, slot(MAIN_SHORT, AccountKind.MAIN), T0));
    refusal = CoreSamples.refused(second, T0.plus(Duration.ofMinutes(2)));
    journal.finish(refusal);
    ProcedureRequest third =
        begun(
            CoreSamples.ruleRequest(
                ProcedureType.MARGIN_CORRECTION, slot(WU_BTC_SHORT, AccountKind.SUB), T0));
    correction = CoreSamples.correction(third, T0.plus(Duration.ofMinutes(3)));
    journal.finish(correction);
  }

  @Test
  void findsAReportExactlyAsItWasWritten() {
    assertThat(reports.find(maintenance.request().id())).contains(maintenance);
    assertThat(reports.find(CoreSamples.newProcedureId())).isEmpty();
  }

  @Test
  void listsReportsNewestFirstByWhenTheyFinished() {
    ProcedureQuery all = ProcedureQuery.newest(10);

    assertThat(reports.list(all)).containsExactly(correction, refusal, maintenance);
    assertThat(reports.list(ProcedureQuery.newest(1))).containsExactly(correction);
    assertThat(reports.list(all.withAccount(AccountName.of("Wu666666"))))
        .containsExactly(correction, maintenance);
    assertThat(reports.list(all.withSlot(MAIN_SHORT))).containsExactly(refusal);
    assertThat(reports.list(all.withStatuses(ProcedureStatus.REFUSED))).containsExactly(refusal);
    assertThat(
            reports.list(
                all.withTypes(ProcedureType.SUPER_MAINTENANCE, ProcedureType.MARGIN_CORRECTION)))
        .containsExactly(correction, maintenance);
    assertThat(
            reports.list(
                all.between(T0.plus(Duration.ofMinutes(1)), T0.plus(Duration.ofMinutes(2)))))
        .containsExactly(maintenance);
  }

  @Test
  void listsMarginStepsOfTheSelectedReportsNewestFirst() {
    ProcedureQuery all = ProcedureQuery.newest(10);

    List<MarginAdjustment> steps = reports.marginAdjustments(all);

    assertThat(steps)
        .extracting(MarginAdjustment::procedure)
        .containsOnly(correction.request().id());
    assertThat(steps).extracting(MarginAdjustment::slot).containsOnly(WU_BTC_SHORT);
    assertThat(steps)
        .extracting(MarginAdjustment::step)
        .containsExactly(correction.marginSteps().get(1), correction.marginSteps().get(0));
    assertThat(reports.marginAdjustments(all.withSlot(SUB_LONG))).isEmpty();
    assertThat(reports.marginAdjustments(all.withStatuses(ProcedureStatus.FAILED))).isEmpty();
    assertThat(
            reports.marginAdjustments(
                all.between(T0, T0.plus(Duration.ofMinutes(3)).minusMillis(1500))))
        .extracting(a -> a.step().step())
        .containsExactly(1);
    assertThat(reports.marginAdjustments(ProcedureQuery.newest(1)))
        .extracting(MarginAdjustment::procedure)
        .extracting(ProcedureId::value)
        .containsExactly(correction.request().id().value());
  }
}
