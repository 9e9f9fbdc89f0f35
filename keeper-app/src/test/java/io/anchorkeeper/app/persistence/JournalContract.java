package io.anchorkeeper.app.persistence;

import static io.anchorkeeper.app.persistence.CoreSamples.SUB_LONG;
import static io.anchorkeeper.app.persistence.CoreSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.app.persistence.json.JournalEventTypes;
import io.anchorkeeper.core.journal.JournalEvent;
import io.anchorkeeper.core.journal.LeverageSet;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.record.Trigger;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/** {@link JdbcJournal}: appends in order, and finishes in one idempotent transaction. */
abstract class JournalContract extends RepositoryContract {

  @Test
  void appendsEveryEventTypeAsTheNextEntryAndReadsThemBackInOrder() {
    ProcedureRequest request = begun(CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB)));
    List<JournalEvent> events = CoreSamples.everyEventType(request);

    events.forEach(event -> journal.append(request.id(), event));

    assertThat(procedures.events(request.id())).isEqualTo(events);
    assertThat(
            jdbc.sql("select seq from journal_entries where procedure_id = :id order by seq")
                .param("id", request.id().value())
                .query(Integer.class)
                .list())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, events.size()).boxed().toList());
    assertThat(
            jdbc.sql("select event_type from journal_entries where seq = 1")
                .query(String.class)
                .single())
        .isEqualTo(JournalEventTypes.nameOf(events.get(0)));
  }

  @Test
  void entriesOfTwoProceduresAreNumberedApart() {
    ProcedureRequest first = begun(CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB)));
    ProcedureRequest second =
        begun(
            CoreSamples.ruleRequest(
                ProcedureType.AUTO_OPEN, slot(CoreSamples.MAIN_SHORT, AccountKind.MAIN), T0));
    LeverageSet event = new LeverageSet(Leverage.of(10), T0);

    journal.append(first.id(), event);
    journal.append(second.id(), event);
    journal.append(first.id(), event);

    assertThat(rows("journal_entries where procedure_id = '" + first.id() + "' and seq = 2"))
        .isEqualTo(1);
    assertThat(rows("journal_entries where procedure_id = '" + second.id() + "' and seq = 1"))
        .isEqualTo(1);
  }

  @Test
  void refusesToAppendForAProcedureNeverBegunOrAlreadyFinished() {
    ProcedureRequest request = CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB));
    LeverageSet event = new LeverageSet(Leverage.of(10), T0);

    assertThatThrownBy(() -> journal.append(request.id(), event))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(request.id().value());

    begun(request);
    journal.finish(CoreSamples.refused(request, T0.plusSeconds(1)));

    assertThatThrownBy(() -> journal.append(request.id(), event))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("finished");
    assertThat(rows("journal_entries")).isZero();
  }

  @Test
  void finishRecordsTheReportSetsTheCountAndReleasesTheClaim() {
    ProcedureRequest request = begun(CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB)));
    Instant end = clock.advance(Duration.ofSeconds(7));
    ProcedureReport report = CoreSamples.completedMaintenance(request, end);

    journal.finish(report);

    StoredSlot slot = slots.find(SUB_LONG).orElseThrow();
    assertThat(slot.slot().maintenanceCount()).isEqualTo(1);
    assertThat(slot.runningProcedure()).isEmpty();
    assertThat(slot.updatedAt()).isEqualTo(end);
    ProcedureOverview overview = procedures.find(request.id()).orElseThrow();
    assertThat(overview.status()).isEqualTo(ProcedureStatus.COMPLETED);
    assertThat(overview.summary()).contains(report.summary());
    assertThat(overview.finishedAt()).contains(end);
    assertThat(reports.find(request.id())).contains(report);
    Map<String, Object> row =
        jdbc.sql("select * from procedure_reports where procedure_id = :id")
            .param("id", request.id().value())
            .query()
            .singleRow();
    assertThat(lower(row))
        .containsEntry("count_before", 0)
        .containsEntry("count_after", 1)
        .containsEntry("type", "SUPER_MAINTENANCE")
        .containsEntry("trigger_source", "MANUAL")
        .containsEntry("requested_by", "api:owner");
    assertThat(decimal(row, "total_pnl")).isEqualByComparingTo("-1.2952");
    assertThat(decimal(row, "remaining_margin")).isEqualByComparingTo("10.09");
    assertThat(decimal(row, "original_size")).isEqualByComparingTo("120");
    assertThat(rows("report_orders where procedure_id = '" + request.id() + "'")).isEqualTo(3);
    assertThat(
            jdbc.sql(
                    "select client_order_id from report_orders where procedure_id = :id"
                        + " order by seq")
                .param("id", request.id().value())
                .query(String.class)
                .list())
        .containsExactly(
            request.id().value() + "0101",
            request.id().value() + "0201",
            request.id().value() + "0301");
  }

  @Test
  void columnsAreRoundedHalfEvenTo18PlacesWhileTheStoredReportStaysExact() {
    ProcedureRequest request = begun(CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB)));
    ProcedureReport report = CoreSamples.completedMaintenance(request, T0.plusSeconds(5));

    journal.finish(report);

    Map<String, Object> row =
        jdbc.sql("select total_fees, traded_notional from procedure_reports").query().singleRow();
    // 0.0050406000000000000000001 + 2 x 0.0042: the 25th place is dropped (HALF_EVEN, below half)
    assertThat(decimal(row, "total_fees")).isEqualTo(new BigDecimal("0.013440600000000000"));
    // 1909.887600000000000000001: the 21st place is dropped
    assertThat(decimal(row, "traded_notional"))
        .isEqualTo(new BigDecimal("1909.887600000000000000"));
    assertThat(reports.find(request.id()).orElseThrow().totalFees().amount())
        .isEqualTo(new BigDecimal("0.0134406000000000000000001"));
  }

  @Test
  void aTieAtThe19thPlaceRoundsToTheEvenNeighbour() {
    ProcedureRequest request = begun(CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB)));

    journal.finish(
        CoreSamples.correction(request, T0.plusSeconds(5), Usdt.of("0.0000000000000000025")));

    assertThat(
            jdbc.sql("select amount from margin_adjustments where step = 1")
                .query(BigDecimal.class)
                .single())
        .isEqualTo(new BigDecimal("0.000000000000000002"));
  }

  @Test
  void finishRecordsEveryMarginStepOfACorrection() {
    ProcedureRequest request =
        begun(
            CoreSamples.ruleRequest(
                ProcedureType.MARGIN_CORRECTION, slot(SUB_LONG, AccountKind.SUB), T0));
    ProcedureReport report = CoreSamples.correction(request, T0.plusSeconds(9));

    journal.finish(report);

    List<MarginAdjustment> adjustments = reports.marginAdjustments(ProcedureQuery.newest(10));
    assertThat(adjustments)
        .extracting(MarginAdjustment::step)
        .containsExactly(report.marginSteps().get(1), report.marginSteps().get(0));
    assertThat(adjustments).allSatisfy(a -> assertThat(a.slot()).isEqualTo(SUB_LONG));
    assertThat(
            jdbc.sql("select margin_after from margin_adjustments order by seq")
                .query(BigDecimal.class)
                .list())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("15.29"), new BigDecimal("15.29"));
    assertThat(slots.find(SUB_LONG).orElseThrow().slot().maintenanceCount()).isZero();
  }

  @Test
  void everyTypeStatusPurposeStateAndDirectionIsAcceptedByTheSchema() {
    List<ProcedureStatus> endings =
        List.of(ProcedureStatus.COMPLETED, ProcedureStatus.REFUSED, ProcedureStatus.FAILED);
    int n = 0;
    for (ProcedureType type : ProcedureType.values()) {
      for (ProcedureStatus status : endings) {
        SlotId id = SlotId.of("every" + ++n, "CRO-USDT-SWAP", "long");
        ProcedureRequest request =
            begun(
                ProcedureRequest.of(
                    CoreSamples.newProcedureId(),
                    type,
                    slot(id, AccountKind.SUB),
                    Trigger.manual("test"),
                    T0));

        journal.finish(CoreSamples.everyConstant(request, status));

        assertThat(reports.find(request.id()).map(ProcedureReport::status)).contains(status);
      }
    }
    assertThat(rows("procedure_reports")).isEqualTo(n);
  }

  @Test
  void finishingAgainChangesNothing() {
    ProcedureRequest request = begun(CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB)));
    ProcedureReport report = CoreSamples.completedMaintenance(request, T0.plusSeconds(5));
    journal.finish(report);

    journal.finish(report);
    journal.finish(CoreSamples.refused(request, T0.plusSeconds(60)));

    assertThat(rows("procedure_reports")).isEqualTo(1);
    assertThat(rows("report_orders")).isEqualTo(3);
    assertThat(reports.find(request.id())).contains(report);
    assertThat(procedures.find(request.id()).orElseThrow().status())
        .isEqualTo(ProcedureStatus.COMPLETED);
    assertThat(slots.maintenanceCount(SUB_LONG)).hasValue(1);
  }

  @Test
  void aRepeatedFinishLeavesLaterProceduresClaimAndCountAlone() {
    ProcedureRequest first = begun(CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB)));
    ProcedureReport firstReport = CoreSamples.completedMaintenance(first, T0.plusSeconds(5));
    journal.finish(firstReport);
    ProcedureRequest second = begun(CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB)));
    journal.finish(CoreSamples.completedMaintenance(second, T0.plusSeconds(10)));
    ProcedureRequest third = begun(CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB)));

    journal.finish(firstReport);

    StoredSlot slot = slots.find(SUB_LONG).orElseThrow();
    assertThat(slot.runningProcedure()).contains(third.id());
    assertThat(slot.slot().maintenanceCount()).isEqualTo(2);
  }

  @Test
  void finishReleasesOnlyItsOwnClaim() {
    ProcedureRequest stray = begun(CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB)));
    jdbc.sql("update slots set running_procedure_id = null").update();
    ProcedureRequest holder =
        begun(
            CoreSamples.ruleRequest(
                ProcedureType.MARGIN_CORRECTION, slot(SUB_LONG, AccountKind.SUB), T0));

    journal.finish(CoreSamples.completedMaintenance(stray, T0.plusSeconds(5)));

    StoredSlot slot = slots.find(SUB_LONG).orElseThrow();
    assertThat(slot.runningProcedure()).contains(holder.id());
    assertThat(slot.slot().maintenanceCount()).isEqualTo(1);
  }

  @Test
  void aFailureInsideFinishRollsBackEveryWrite() {
    ProcedureRequest request =
        begun(
            CoreSamples.ruleRequest(
                ProcedureType.MARGIN_CORRECTION, slot(SUB_LONG, AccountKind.SUB), T0));
    journal.append(request.id(), CoreSamples.everyEventType(request).get(0));
    // numeric(38,18) holds at most 20 integer digits: the last insert of finish (the margin step)
    // fails after the procedure, the slot, the report and its orders were written
    ProcedureReport tooLarge = CoreSamples.correction(request, T0.plusSeconds(5), Usdt.of("1E+21"));

    assertThatThrownBy(() -> journal.finish(tooLarge)).isInstanceOf(DataAccessException.class);

    ProcedureOverview overview = procedures.find(request.id()).orElseThrow();
    assertThat(overview.status()).isEqualTo(ProcedureStatus.RUNNING);
    assertThat(overview.summary()).isEmpty();
    assertThat(overview.finishedAt()).isEmpty();
    StoredSlot slot = slots.find(SUB_LONG).orElseThrow();
    assertThat(slot.runningProcedure()).contains(request.id());
    assertThat(slot.updatedAt()).isEqualTo(T0);
    assertThat(rows("procedure_reports")).isZero();
    assertThat(rows("margin_adjustments")).isZero();
    assertThat(procedures.unfinished()).hasSize(1);

    journal.finish(CoreSamples.correction(request, T0.plusSeconds(6)));
    assertThat(procedures.find(request.id()).orElseThrow().status())
        .isEqualTo(ProcedureStatus.COMPLETED);
  }

  @Test
  void refusesToFinishAProcedureNeverBegun() {
    ProcedureRequest request = CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB));

    assertThatThrownBy(() -> journal.finish(CoreSamples.refused(request, T0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("never begun");
    assertThat(rows("procedure_reports")).isZero();
  }

  @Test
  void aFinishedProcedureIsNoLongerUnfinished() {
    ProcedureRequest request = begun(CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB)));
    journal.append(request.id(), CoreSamples.everyEventType(request).get(0));

    journal.finish(CoreSamples.refused(request, T0.plusSeconds(1)));

    assertThat(procedures.unfinished()).isEmpty();
    assertThat(procedures.events(request.id())).hasSize(1);
    assertThat(reports.find(request.id()).map(ProcedureReport::status))
        .isEqualTo(Optional.of(ProcedureStatus.REFUSED));
  }

  private static Map<String, Object> lower(Map<String, Object> row) {
    Map<String, Object> lower = new HashMap<>();
    row.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    return lower;
  }

  private static BigDecimal decimal(Map<String, Object> row, String column) {
    return (BigDecimal) lower(row).get(column);
  }
}
