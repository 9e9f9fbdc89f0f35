package io.anchorkeeper.app.notify;

import io.anchorkeeper.core.id.ClientOrderId;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.notify.Alert;
import io.anchorkeeper.core.notify.AlertKind;
import io.anchorkeeper.core.notify.ProcedureFinished;
import io.anchorkeeper.core.notify.Severity;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.port.MarginChange;
import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.port.OrderState;
import io.anchorkeeper.core.record.ExecutedOrder;
import io.anchorkeeper.core.record.MarginStep;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.record.Trigger;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Realistic notifications for tests. The maintenance is the seed's CRO sub-account anchor: 108
 * contracts long (ctVal 10 CRO) closed at 0.0989, 100 U opened (1011 contracts), trimmed by 910 to
 * keep 10 U (101 contracts); every fill pays the 0.05% taker fee.
 */
public final class NotificationFixtures {

  /** 15:00:00 in Asia/Shanghai. */
  public static final Instant FINISHED = Instant.parse("2025-12-31T07:00:00Z");

  public static final ProcedureId PROCEDURE = ProcedureId.parse("mjtfz0g003k7q2x9w1v5rt");
  public static final SlotId CRO_LONG = SlotId.of("Wu666666", "CRO-USDT-SWAP", "long");

  private NotificationFixtures() {}

  public static ProcedureFinished superMaintenance() {
    return new ProcedureFinished(
        new ProcedureReport(
            request(ProcedureType.SUPER_MAINTENANCE, AnchorSlot.sub(CRO_LONG, 0)),
            ProcedureStatus.COMPLETED,
            "closed 108, opened 1011, trimmed 910; 101 contracts remain",
            Optional.of(Contracts.of(108)),
            List.of(closeOld(), open(), trim()),
            List.of(),
            Usdt.of("2005.771"),
            Optional.of(Contracts.of(101)),
            Optional.of(Usdt.of("9.9889")),
            1,
            FINISHED));
  }

  /** Step 1 closed, step 2 refused with an exchange message full of HTML-special characters. */
  public static ProcedureFinished failedSuperMaintenance() {
    return new ProcedureFinished(
        new ProcedureReport(
            request(ProcedureType.SUPER_MAINTENANCE, AnchorSlot.sub(CRO_LONG, 0)),
            ProcedureStatus.FAILED,
            "the old position is closed but step 2 (open) was refused: 51008 Insufficient USDT"
                + " margin <isolated> & fees; the slot holds nothing until auto-open restores an"
                + " anchor",
            Optional.of(Contracts.of(108)),
            List.of(closeOld()),
            List.of(),
            Usdt.of("106.812"),
            Optional.of(Contracts.ZERO),
            Optional.of(Usdt.ZERO),
            0,
            FINISHED));
  }

  /** The seed's correction: 20.29 U brought to 10.29 U in two 5 U steps, back to back. */
  public static ProcedureFinished correction() {
    return new ProcedureFinished(
        new ProcedureReport(
            request(ProcedureType.MARGIN_CORRECTION, AnchorSlot.sub(CRO_LONG, 0)),
            ProcedureStatus.COMPLETED,
            "2 steps; margin 10.29 USDT is inside 9.50-10.50 USDT",
            Optional.empty(),
            List.of(),
            List.of(
                applied(1, MarginChange.reduce(Usdt.of(5)), "20.29"),
                applied(2, MarginChange.reduce(Usdt.of(5)), "15.29")),
            Usdt.ZERO,
            Optional.of(Contracts.of(108)),
            Optional.of(Usdt.of("10.29")),
            0,
            FINISHED));
  }

  /** One step applied, the next refused by the exchange even at the smallest step. */
  public static ProcedureFinished failedCorrection() {
    MarginStep refused =
        new MarginStep(
            2,
            MarginChange.reduce(Usdt.of("2.5")),
            Usdt.of("15.29"),
            false,
            Optional.of("59301 Margin adjustment exceeds the maximum reducible amount"),
            FINISHED);
    return new ProcedureFinished(
        new ProcedureReport(
            request(ProcedureType.MARGIN_CORRECTION, AnchorSlot.sub(CRO_LONG, 0)),
            ProcedureStatus.FAILED,
            "1 step; the exchange refuses even a step of 2.50 USDT",
            Optional.empty(),
            List.of(),
            List.of(applied(1, MarginChange.reduce(Usdt.of(5)), "20.29"), refused),
            Usdt.ZERO,
            Optional.of(Contracts.of(108)),
            Optional.of(Usdt.of("15.29")),
            0,
            FINISHED));
  }

  public static ProcedureFinished autoOpen() {
    OrderReport order =
        order(1, "2913402860000000001", "101", "101", "0.0989", 1, "0.04994450", "0");
    return new ProcedureFinished(
        new ProcedureReport(
            request(ProcedureType.AUTO_OPEN, AnchorSlot.sub(CRO_LONG, 0)),
            ProcedureStatus.COMPLETED,
            "opened 101 contracts",
            Optional.empty(),
            List.of(new ExecutedOrder(1, OrderPurpose.AUTO_OPEN, order)),
            List.of(),
            Usdt.of("99.889"),
            Optional.of(Contracts.of(101)),
            Optional.of(Usdt.of("9.9889")),
            0,
            FINISHED));
  }

  /** A full close at +30%: the count goes back to 0. */
  public static ProcedureFinished takeProfit() {
    OrderReport order =
        order(1, "2913402870000000001", "101", "101", "0.1019", 1, "0.05145950", "3.03");
    return new ProcedureFinished(
        new ProcedureReport(
            request(ProcedureType.TAKE_PROFIT, AnchorSlot.sub(CRO_LONG, 2)),
            ProcedureStatus.COMPLETED,
            "closed 101 contracts",
            Optional.of(Contracts.of(101)),
            List.of(new ExecutedOrder(1, OrderPurpose.TAKE_PROFIT, order)),
            List.of(),
            Usdt.of("102.919"),
            Optional.of(Contracts.ZERO),
            Optional.of(Usdt.ZERO),
            0,
            FINISHED));
  }

  public static Alert profitTier() {
    return new Alert(
        AlertKind.PROFIT_TIER,
        Severity.WARNING,
        Optional.of(CRO_LONG),
        Optional.of(Ratio.ofPercent("-8.4")),
        Optional.of(Ratio.ofPercent("-8")),
        Optional.empty(),
        Optional.empty(),
        "",
        FINISHED);
  }

  public static Alert marginOffBand() {
    return new Alert(
        AlertKind.MARGIN_OFF_BAND,
        Severity.WARNING,
        Optional.of(CRO_LONG),
        Optional.empty(),
        Optional.empty(),
        Optional.of(Usdt.of("20.29")),
        Optional.of(Usdt.of("10")),
        "",
        FINISHED);
  }

  public static Alert alert(AlertKind kind, Severity severity, String detail) {
    return new Alert(
        kind,
        severity,
        Optional.of(CRO_LONG),
        Optional.of(Ratio.ofPercent("-10.78")),
        Optional.of(Ratio.ofPercent("-10")),
        Optional.empty(),
        Optional.empty(),
        detail,
        FINISHED);
  }

  public static ProcedureRequest request(ProcedureType type, AnchorSlot slot) {
    return new ProcedureRequest(
        PROCEDURE,
        type,
        slot,
        Trigger.rule(type.isMaintenance() ? "trigger_loss" : "margin_band"),
        type.isMaintenance() ? Optional.of(Contracts.of(108)) : Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        FINISHED.minusSeconds(3));
  }

  private static ExecutedOrder closeOld() {
    return new ExecutedOrder(
        1,
        OrderPurpose.CLOSE_OLD,
        order(1, "2913402851930292224", "108", "108", "0.0989", 1, "0.053406", "-1.08"));
  }

  private static ExecutedOrder open() {
    return new ExecutedOrder(
        2,
        OrderPurpose.OPEN,
        order(2, "2913402853167611904", "1011", "1011", "0.0989", 2, "0.4999395", "0"));
  }

  private static ExecutedOrder trim() {
    return new ExecutedOrder(
        3,
        OrderPurpose.TRIM,
        order(3, "2913402854291685376", "910", "910", "0.0988", 1, "0.44954", "-0.91"));
  }

  public static OrderReport order(
      int step,
      String exchangeId,
      String requested,
      String filled,
      String averagePrice,
      int fills,
      String fee,
      String pnl) {
    return new OrderReport(
        ClientOrderId.of(PROCEDURE, step, 1),
        exchangeId,
        requested.equals(filled) ? OrderState.FILLED : OrderState.CANCELED,
        Contracts.of(requested),
        Contracts.of(filled),
        Optional.of(Price.of(averagePrice)),
        fills,
        Usdt.of(fee),
        Usdt.of(pnl));
  }

  private static MarginStep applied(int step, MarginChange change, String before) {
    return new MarginStep(step, change, Usdt.of(before), true, Optional.empty(), FINISHED);
  }
}
