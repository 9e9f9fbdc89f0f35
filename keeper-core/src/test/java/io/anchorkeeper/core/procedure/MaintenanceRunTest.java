package io.anchorkeeper.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.fixtures.FakeExchange.Fault;
import io.anchorkeeper.core.fixtures.Instruments;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.record.ExecutedOrder;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaintenanceRunTest {

  private static final SlotId CRO_SUB = SlotId.of("Wu666666", "CRO-USDT-SWAP", "long");

  /**
   * CRO sub-account long, 108 contracts from 0.1, mark 0.0989 (-11%). Close 108; open 100 U of
   * margin at 0.0989 and 10x: 100·10/(0.0989·10) = 1011.1 -> 1011; keep 10 U (target for count 1):
   * 10·10/(0.0989·10) = 101.1 -> 101; trim 1011 - 101 = 910.
   */
  private ProcedureKit croKit(String balance) {
    ProcedureKit kit = new ProcedureKit();
    kit.exchange
        .instrument(Instruments.CRO, "0.0989")
        .balance("Wu666666", balance)
        .position(CRO_SUB, "108", "0.1", 10);
    return kit;
  }

  private static List<String> sizes(ProcedureReport report) {
    return report.orders().stream()
        .map(o -> o.purpose() + " " + o.report().filled().toPlainString())
        .toList();
  }

  @Test
  void superMaintenanceClosesOpensAndTrimsToTheTargetOfTheNewCount() {
    ProcedureKit kit = croKit("200");
    ProcedureReport report =
        kit.run(kit.request(ProcedureType.SUPER_MAINTENANCE, AnchorSlot.sub(CRO_SUB, 0)));

    assertThat(report.status()).isEqualTo(ProcedureStatus.COMPLETED);
    assertThat(sizes(report)).containsExactly("CLOSE_OLD 108", "OPEN 1011", "TRIM 910");
    assertThat(report.remainingSize()).contains(Contracts.of(101));
    assertThat(report.remainingMargin()).contains(Usdt.of("9.9889"));
    assertThat(report.countBefore()).isZero();
    assertThat(report.countAfter()).isEqualTo(1);
    assertThat(report.originalSize()).contains(Contracts.of(108));
    // PnL: only the close of the old position realises any: 108·10·(0.0989 - 0.1) = -1.188.
    assertThat(report.totalPnl()).isEqualTo(Usdt.of("-1.188"));
    // Traded notional 0.989·(108 + 1011 + 910) = 2006.681 at a 0.05% fee.
    assertThat(report.tradedNotional()).isEqualTo(Usdt.of("2006.681"));
    assertThat(report.totalFees()).isEqualTo(Usdt.of("1.0033405"));
    assertThat(report.netPnl()).isEqualTo(Usdt.of("-2.1913405"));
    assertThat(report.feeRate()).contains(Ratio.ofPercent("0.05"));
    assertThat(kit.journal.report(report.request().id())).contains(report);
  }

  @Test
  void everyOrderCarriesItsOwnClientIdFromProcedureStepAndAttempt() {
    ProcedureKit kit = croKit("200");
    ProcedureRequest request =
        kit.request(ProcedureType.SUPER_MAINTENANCE, AnchorSlot.sub(CRO_SUB, 0));
    ProcedureReport report = kit.run(request);

    ProcedureId id = request.id();
    assertThat(report.orders())
        .extracting(o -> o.report().clientOrderId().value())
        .containsExactly(id.value() + "0101", id.value() + "0201", id.value() + "0301");
    assertThat(kit.exchange.executedOrders()).doesNotHaveDuplicates().hasSize(3);
  }

  @Test
  void normalMaintenanceOfAaveClosesOpensTenfoldAndKeepsEightPercentRoundedToTheLot() {
    SlotId slot = SlotId.of("main", "AAVE-USDT-SWAP", "long");
    ProcedureKit kit = new ProcedureKit();
    kit.exchange
        .instrument(Instruments.AAVE, "296.7")
        .balance("main", "100")
        .position(slot, "0.6", "300", 10);

    ProcedureReport report =
        kit.run(kit.request(ProcedureType.NORMAL_MAINTENANCE, AnchorSlot.main(slot, 1)));

    // open 10 x 0.6 = 6; close 92% of 6 = 5.52 -> 5.5 at lot 0.1; 0.5 stays.
    assertThat(sizes(report)).containsExactly("CLOSE_OLD 0.6", "OPEN 6", "TRIM 5.5");
    assertThat(report.remainingSize()).contains(Contracts.of("0.5"));
    assertThat(report.countAfter()).isEqualTo(2);
  }

  @Test
  void normalMaintenanceOfABtcShortRoundsTheTrimDownToTheLot() {
    SlotId slot = SlotId.of("main", "BTC-USDT-SWAP", "short");
    ProcedureKit kit = new ProcedureKit();
    kit.exchange
        .instrument(Instruments.BTC, "60700")
        .balance("main", "500")
        .position(slot, "0.37", "60000", 10);

    ProcedureReport report =
        kit.run(kit.request(ProcedureType.NORMAL_MAINTENANCE, AnchorSlot.main(slot, 0)));

    // open 3.7; close 92% of 3.7 = 3.404 -> 3.40 at lot 0.01; 0.30 stays.
    assertThat(sizes(report)).containsExactly("CLOSE_OLD 0.37", "OPEN 3.7", "TRIM 3.4");
    assertThat(report.remainingSize()).contains(Contracts.of("0.3"));
    // The short lost 0.37·0.01·(60000 - 60700) = -2.59 on the close.
    assertThat(report.totalPnl()).isEqualTo(Usdt.of("-2.59"));
  }

  @Test
  void preCheckRefusesAMaintenanceTheAccountCannotAffordAndSendsNothing() {
    ProcedureKit kit = croKit("50");
    ProcedureReport report =
        kit.run(kit.request(ProcedureType.SUPER_MAINTENANCE, AnchorSlot.sub(CRO_SUB, 0)));

    assertThat(report.status()).isEqualTo(ProcedureStatus.REFUSED);
    assertThat(report.summary()).contains("cannot afford");
    assertThat(report.orders()).isEmpty();
    assertThat(report.countAfter()).isZero();
    assertThat(kit.exchange.executedOrders()).isEmpty();
    assertThat(kit.exchange.position(CRO_SUB)).isPresent();
  }

  @Test
  void aStaleRequestForAnotherSizeIsRefusedBeforeTrading() {
    ProcedureKit kit = croKit("200");
    ProcedureRequest stale =
        new ProcedureRequest(
            ProcedureId.parse("0000000000000000000001"),
            ProcedureType.SUPER_MAINTENANCE,
            AnchorSlot.sub(CRO_SUB, 0),
            io.anchorkeeper.core.record.Trigger.manual("api:owner"),
            Optional.of(Contracts.of(100)),
            Optional.empty(),
            Optional.empty(),
            Instant.parse("2026-01-05T09:30:00Z"));

    ProcedureReport report = kit.run(stale);

    assertThat(report.status()).isEqualTo(ProcedureStatus.REFUSED);
    assertThat(report.summary()).contains("asked to maintain 100 contracts").contains("holds 108");
    assertThat(kit.exchange.executedOrders()).isEmpty();
  }

  @Test
  void anOpenRefusedAfterTheCloseEndsFailedSaysTheSlotIsEmptyAndKeepsTheCount() {
    ProcedureKit kit = croKit("200");
    kit.exchange.failOrderCall(2, Fault.INSUFFICIENT_MARGIN);

    ProcedureReport report =
        kit.run(kit.request(ProcedureType.SUPER_MAINTENANCE, AnchorSlot.sub(CRO_SUB, 1)));

    assertThat(report.status()).isEqualTo(ProcedureStatus.FAILED);
    assertThat(report.summary())
        .contains("old position is closed")
        .contains("51008")
        .contains("auto-open");
    assertThat(report.countAfter()).isEqualTo(1);
    assertThat(report.remainingSize()).contains(Contracts.ZERO);
    assertThat(kit.exchange.position(CRO_SUB)).isEmpty();
    assertThat(kit.exchange.executedOrders()).hasSize(1);
  }

  @Test
  void aTimeoutAfterTheOrderExecutedIsResolvedByClientIdWithoutSendingItTwice() {
    ProcedureKit kit = croKit("200");
    kit.exchange.failOrderCall(2, Fault.UNKNOWN_AFTER_EXECUTION);

    ProcedureReport report =
        kit.run(kit.request(ProcedureType.SUPER_MAINTENANCE, AnchorSlot.sub(CRO_SUB, 0)));

    assertThat(report.status()).isEqualTo(ProcedureStatus.COMPLETED);
    assertThat(sizes(report)).containsExactly("CLOSE_OLD 108", "OPEN 1011", "TRIM 910");
    assertThat(kit.exchange.executedOrders()).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void anOrderThatNeverArrivedIsSentAgainOnlyAfterItCanNoLongerArrive() {
    ProcedureKit kit = croKit("200");
    Instant start = kit.clock.instant();
    kit.exchange.failOrderCall(1, Fault.UNKNOWN_NOT_EXECUTED);

    ProcedureReport report =
        kit.run(kit.request(ProcedureType.SUPER_MAINTENANCE, AnchorSlot.sub(CRO_SUB, 0)));

    assertThat(report.status()).isEqualTo(ProcedureStatus.COMPLETED);
    assertThat(kit.exchange.executedOrders()).hasSize(3).doesNotHaveDuplicates();
    Duration waited = Duration.between(start, kit.clock.instant());
    assertThat(waited)
        .isGreaterThanOrEqualTo(RetryPolicy.DEFAULT.orderExpiry().plus(OrderExecutor.EXPIRY_GRACE));
  }

  @Test
  void anUnreachableExchangeIsRetriedAndTheOrderSentOnce() {
    ProcedureKit kit = croKit("200");
    kit.exchange.failOrderCall(1, Fault.UNAVAILABLE).failOrderCall(2, Fault.UNAVAILABLE);

    ProcedureReport report =
        kit.run(kit.request(ProcedureType.SUPER_MAINTENANCE, AnchorSlot.sub(CRO_SUB, 0)));

    assertThat(report.status()).isEqualTo(ProcedureStatus.COMPLETED);
    assertThat(kit.exchange.executedOrders()).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void aPartlyFilledCloseIsFinishedByTheNextAttempt() {
    ProcedureKit kit = croKit("200");
    kit.exchange.failOrderCall(1, Fault.HALF_FILL);

    ProcedureReport report =
        kit.run(kit.request(ProcedureType.SUPER_MAINTENANCE, AnchorSlot.sub(CRO_SUB, 0)));

    assertThat(report.status()).isEqualTo(ProcedureStatus.COMPLETED);
    assertThat(report.orders())
        .filteredOn(o -> o.purpose() == OrderPurpose.CLOSE_OLD)
        .extracting(
            o -> o.report().filled().toPlainString() + "@" + o.report().clientOrderId().attempt())
        .containsExactly("54@1", "54@2");
  }

  @Test
  void aStepAboveMaxMarketSizeGoesOutInChunksWithSuccessiveAttempts() {
    ProcedureKit kit = new ProcedureKit();
    kit.exchange
        .instrument(
            Instruments.spec(
                "CRO-USDT-SWAP", "10", "1", "1", "0.00001", "400", "50", Instruments.CRO.tiers()),
            "0.0989")
        .balance("Wu666666", "200")
        .position(CRO_SUB, "108", "0.1", 10);

    ProcedureReport report =
        kit.run(kit.request(ProcedureType.SUPER_MAINTENANCE, AnchorSlot.sub(CRO_SUB, 0)));

    assertThat(report.orders())
        .extracting(
            ExecutedOrder::step,
            o -> o.report().clientOrderId().attempt(),
            o -> o.report().filled().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 1, "108"),
            org.assertj.core.groups.Tuple.tuple(2, 1, "400"),
            org.assertj.core.groups.Tuple.tuple(2, 2, "400"),
            org.assertj.core.groups.Tuple.tuple(2, 3, "211"),
            org.assertj.core.groups.Tuple.tuple(3, 1, "400"),
            org.assertj.core.groups.Tuple.tuple(3, 2, "400"),
            org.assertj.core.groups.Tuple.tuple(3, 3, "110"));
    assertThat(report.remainingSize()).contains(Contracts.of(101));
  }
}
