package io.anchorkeeper.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.fixtures.Instruments;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import org.junit.jupiter.api.Test;

class AutoOpenAndTakeProfitRunTest {

  private static final SlotId ETH_SHORT = SlotId.of("sub01", "ETH-USDT-SWAP", "short");

  @Test
  void autoOpenSetsTheLeverageThatDiffersAndOpensTheAnchorMargin() {
    ProcedureKit kit = new ProcedureKit();
    kit.exchange.instrument(Instruments.ETH, "3000").balance("sub01", "100").leverage(ETH_SHORT, 5);

    ProcedureReport report =
        kit.run(kit.request(ProcedureType.AUTO_OPEN, AnchorSlot.sub(ETH_SHORT, 2)));

    // 10 U at 10x and 3000 with ctVal 0.1: 10·10/(3000·0.1) = 0.333 -> 0.33 at lot 0.01.
    assertThat(report.status()).isEqualTo(ProcedureStatus.COMPLETED);
    assertThat(report.remainingSize()).contains(Contracts.of("0.33"));
    assertThat(kit.exchange.leverage(ETH_SHORT)).contains(Leverage.of(10));
    assertThat(report.countAfter()).as("auto-open keeps the count").isEqualTo(2);
  }

  @Test
  void autoOpenRefusesASlotThatAlreadyHoldsAPosition() {
    ProcedureKit kit = new ProcedureKit();
    kit.exchange
        .instrument(Instruments.ETH, "3000")
        .balance("sub01", "100")
        .position(ETH_SHORT, "0.33", "3000", 10);

    ProcedureReport report =
        kit.run(kit.request(ProcedureType.AUTO_OPEN, AnchorSlot.sub(ETH_SHORT, 0)));

    assertThat(report.status()).isEqualTo(ProcedureStatus.REFUSED);
    assertThat(kit.exchange.executedOrders()).isEmpty();
  }

  @Test
  void aFullTakeProfitClosesThePositionAndResetsTheCount() {
    ProcedureKit kit = new ProcedureKit();
    // A short from 3000 at 2900 is +33.3% at 10x, above take_profit +30%.
    kit.exchange
        .instrument(Instruments.ETH, "2900")
        .balance("sub01", "100")
        .position(ETH_SHORT, "0.33", "3000", 10);

    ProcedureReport report =
        kit.run(kit.request(ProcedureType.TAKE_PROFIT, AnchorSlot.sub(ETH_SHORT, 2)));

    assertThat(report.status()).isEqualTo(ProcedureStatus.COMPLETED);
    assertThat(report.remainingSize()).contains(Contracts.ZERO);
    assertThat(report.countAfter()).isZero();
    // 0.33·0.1·(3000 - 2900) = 3.3 realised.
    assertThat(report.totalPnl().amount()).isEqualByComparingTo("3.3");
  }

  @Test
  void takeProfitBelowTheThresholdTradesNothing() {
    ProcedureKit kit = new ProcedureKit();
    kit.exchange
        .instrument(Instruments.ETH, "2950")
        .balance("sub01", "100")
        .position(ETH_SHORT, "0.33", "3000", 10);

    ProcedureReport report =
        kit.run(kit.request(ProcedureType.TAKE_PROFIT, AnchorSlot.sub(ETH_SHORT, 2)));

    assertThat(report.status()).isEqualTo(ProcedureStatus.REFUSED);
    assertThat(report.countAfter()).isEqualTo(2);
    assertThat(kit.exchange.executedOrders()).isEmpty();
  }
}
