package io.anchorkeeper.app.persistence;

import io.anchorkeeper.core.id.ClientOrderId;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.journal.AutoOpenPlanned;
import io.anchorkeeper.core.journal.JournalEvent;
import io.anchorkeeper.core.journal.LeverageSet;
import io.anchorkeeper.core.journal.MaintenancePlanned;
import io.anchorkeeper.core.journal.MarginChangeRefused;
import io.anchorkeeper.core.journal.MarginChangeSubmitted;
import io.anchorkeeper.core.journal.MarginChanged;
import io.anchorkeeper.core.journal.OrderRejected;
import io.anchorkeeper.core.journal.OrderSettled;
import io.anchorkeeper.core.journal.OrderSubmitted;
import io.anchorkeeper.core.journal.ProcedureStarted;
import io.anchorkeeper.core.journal.TakeProfitPlanned;
import io.anchorkeeper.core.journal.TrimDecided;
import io.anchorkeeper.core.margin.MarginBand;
import io.anchorkeeper.core.plan.OrderDirection;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.port.MarginChange;
import io.anchorkeeper.core.port.MarketOrder;
import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.port.OrderState;
import io.anchorkeeper.core.port.RejectReason;
import io.anchorkeeper.core.record.ExecutedOrder;
import io.anchorkeeper.core.record.MarginStep;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.record.Trigger;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Core objects for persistence tests, shaped like the seed's super maintenance of a CRO anchor and
 * its 20.29 U margin correction, with awkward precision on purpose: more than 18 decimal places,
 * trailing zeros, nanosecond times.
 */
public final class CoreSamples {

  /** A time the databases keep exactly (microseconds). */
  public static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123456Z");

  public static final SlotId SUB_LONG = SlotId.of("Wu666666", "CRO-USDT-SWAP", "long");
  public static final SlotId MAIN_SHORT = SlotId.of("main", "BTC-USDT-SWAP", "short");

  private static final AtomicLong SEQUENCE = new AtomicLong();

  private CoreSamples() {}

  /** A new procedure id, distinct within the test run. */
  public static ProcedureId newProcedureId() {
    long n = SEQUENCE.incrementAndGet();
    return ProcedureId.generate(
        Clock.fixed(T0.plusMillis(n), ZoneOffset.UTC), new SplittableRandom(n));
  }

  /** A super maintenance asked for through the API, with every optional field present. */
  public static ProcedureRequest superMaintenance(AnchorSlot slot) {
    return new ProcedureRequest(
        newProcedureId(),
        ProcedureType.SUPER_MAINTENANCE,
        slot,
        Trigger.manual("api:owner"),
        Optional.of(Contracts.of("120")),
        Optional.of(Usdt.of("100")),
        Optional.of(Usdt.of("10.00")),
        T0);
  }

  /** A request as a rule makes it: no expectations, no overrides. */
  public static ProcedureRequest ruleRequest(ProcedureType type, AnchorSlot slot, Instant at) {
    return ProcedureRequest.of(newProcedureId(), type, slot, Trigger.rule("trigger_loss"), at);
  }

  /**
   * At least one event of every type, with each optional field both present and absent somewhere.
   * Not one plausible run: a journal's shape, for storage.
   */
  public static List<JournalEvent> everyEventType(ProcedureRequest request) {
    ProcedureId id = request.id();
    SlotId slot = request.slot().id();
    ClientOrderId close = ClientOrderId.of(id, 1, 1);
    ClientOrderId open = ClientOrderId.of(id, 2, 1);
    Instant at = Instant.parse("2026-03-01T08:00:01.123456789Z");
    return List.of(
        new ProcedureStarted(request, at),
        new MaintenancePlanned(
            Contracts.of("120"),
            Contracts.of("1190"),
            Leverage.of("10"),
            Optional.empty(),
            Optional.of(MarginBand.around(Usdt.of("10"), Ratio.ofPercent("5"))),
            Price.of("0.08412"),
            Usdt.of("523.4567890123456789012345"),
            "released 9.71 + free 523.45 covers 100.05",
            at.plusNanos(1)),
        new MaintenancePlanned(
            Contracts.of("0.5"),
            Contracts.of("5.0"),
            Leverage.of("66.66"),
            Optional.of(Ratio.of("0.92")),
            Optional.empty(),
            Price.of("61234.5"),
            Usdt.of("1000"),
            "normal",
            at.plusNanos(2)),
        new LeverageSet(Leverage.of("10"), at.plusSeconds(1)),
        new OrderSubmitted(
            1,
            OrderPurpose.CLOSE_OLD,
            new MarketOrder(slot, OrderDirection.CLOSE, Contracts.of("120"), close),
            at.plusSeconds(2)),
        new OrderSettled(1, OrderPurpose.CLOSE_OLD, filled(close, "120", "0.08401"), at),
        new OrderSubmitted(
            2,
            OrderPurpose.OPEN,
            new MarketOrder(slot, OrderDirection.OPEN, Contracts.of("1190"), open),
            at.plusSeconds(3)),
        new OrderRejected(
            2,
            open,
            RejectReason.INSUFFICIENT_MARGIN,
            "51008",
            "Insufficient USDT margin",
            at.plusSeconds(4)),
        new OrderSettled(
            2,
            OrderPurpose.OPEN,
            new OrderReport(
                open.nextAttempt(),
                "ex-2",
                OrderState.CANCELED,
                Contracts.of("1190"),
                Contracts.ZERO,
                Optional.empty(),
                0,
                Usdt.ZERO,
                Usdt.ZERO),
            at.plusSeconds(5)),
        new TrimDecided(
            Optional.of(Contracts.of("1070")),
            Contracts.of("120"),
            Optional.empty(),
            Price.of("0.08405"),
            at.plusSeconds(6)),
        new TrimDecided(
            Optional.empty(),
            Contracts.of("120"),
            Optional.of("the remainder would fall below minSz"),
            Price.of("0.08405"),
            at.plusSeconds(7)),
        new AutoOpenPlanned(Optional.empty(), Contracts.of("1190"), Price.of("0.0840"), at),
        new AutoOpenPlanned(
            Optional.of(Leverage.of("10")), Contracts.of("1190"), Price.of("0.0840"), at),
        new TakeProfitPlanned(
            Contracts.of("120"), Contracts.of("120"), true, Ratio.of("0.3012"), at),
        new MarginChangeSubmitted(
            1, MarginChange.reduce(Usdt.of("5")), Usdt.of("20.29"), at.plusSeconds(8)),
        new MarginChanged(1, false, at.plusSeconds(9)),
        new MarginChanged(1, true, at.plusSeconds(10)),
        new MarginChangeRefused(
            2,
            RejectReason.MARGIN_LIMIT_EXCEEDED,
            "59301",
            "Margin adjustment exceeds the maximum",
            at.plusSeconds(11)));
  }

  /**
   * The seed's super maintenance, completed: close 120, open 1190, trim 1070; count + 1. The
   * close's fee has 25 decimal places, the traded notional 21.
   */
  public static ProcedureReport completedMaintenance(ProcedureRequest request, Instant finishedAt) {
    ProcedureId id = request.id();
    List<ExecutedOrder> orders =
        List.of(
            new ExecutedOrder(
                1,
                OrderPurpose.CLOSE_OLD,
                new OrderReport(
                    ClientOrderId.of(id, 1, 1),
                    "2718281828",
                    OrderState.FILLED,
                    Contracts.of("120"),
                    Contracts.of("120"),
                    Optional.of(Price.of("0.08401")),
                    3,
                    Usdt.of("0.0050406000000000000000001"),
                    Usdt.of("-1.0812"))),
            new ExecutedOrder(
                2, OrderPurpose.OPEN, filled(ClientOrderId.of(id, 2, 1), "1190", "0.08405")),
            new ExecutedOrder(
                3, OrderPurpose.TRIM, filled(ClientOrderId.of(id, 3, 1), "1070", "0.08403")));
    return new ProcedureReport(
        request,
        ProcedureStatus.COMPLETED,
        "closed 120, opened 1190, trimmed 1070; 120 remain with 10.09 U",
        Optional.of(Contracts.of("120")),
        orders,
        List.of(),
        Usdt.of("1909.887600000000000000001"),
        Optional.of(Contracts.of("120")),
        Optional.of(Usdt.of("10.09")),
        request.slot().countAfterMaintenance(),
        finishedAt);
  }

  /** The seed's correction of 20.29 U: one reduction applied, one refused (59301). */
  public static ProcedureReport correction(ProcedureRequest request, Instant finishedAt) {
    return correction(request, finishedAt, Usdt.of("5"));
  }

  /** A correction whose first reduction is {@code firstStep}. */
  public static ProcedureReport correction(
      ProcedureRequest request, Instant finishedAt, Usdt firstStep) {
    List<MarginStep> steps =
        List.of(
            new MarginStep(
                1,
                MarginChange.reduce(firstStep),
                Usdt.of("20.29"),
                true,
                Optional.empty(),
                finishedAt.minusSeconds(2)),
            new MarginStep(
                2,
                MarginChange.reduce(Usdt.of("4.79")),
                Usdt.of("15.29"),
                false,
                Optional.of("59301 Margin adjustment exceeds the maximum"),
                finishedAt.minusSeconds(1)));
    return new ProcedureReport(
        request,
        ProcedureStatus.COMPLETED,
        "margin 20.29 -> 15.29 U",
        Optional.of(Contracts.of("120")),
        List.of(),
        steps,
        Usdt.ZERO,
        Optional.of(Contracts.of("120")),
        Optional.of(Usdt.of("15.29")),
        request.slot().maintenanceCount(),
        finishedAt);
  }

  /** A procedure refused before trading: nothing traded, count unchanged. */
  public static ProcedureReport refused(ProcedureRequest request, Instant finishedAt) {
    return new ProcedureReport(
        request,
        ProcedureStatus.REFUSED,
        "funds after release do not cover the reopen",
        Optional.empty(),
        List.of(),
        List.of(),
        Usdt.ZERO,
        Optional.empty(),
        Optional.empty(),
        request.slot().maintenanceCount(),
        finishedAt);
  }

  /**
   * A report with an order of every purpose in every state and a margin step in each direction,
   * ending as {@code status}: every constant the schema's checks must accept.
   */
  public static ProcedureReport everyConstant(ProcedureRequest request, ProcedureStatus status) {
    List<ExecutedOrder> orders = new ArrayList<>();
    int step = 0;
    for (OrderPurpose purpose : OrderPurpose.values()) {
      for (OrderState state : OrderState.values()) {
        step++;
        boolean filled = state != OrderState.LIVE;
        orders.add(
            new ExecutedOrder(
                step,
                purpose,
                new OrderReport(
                    ClientOrderId.of(request.id(), step, 1),
                    "ex-" + step,
                    state,
                    Contracts.of("10"),
                    filled ? Contracts.of("10") : Contracts.ZERO,
                    filled ? Optional.of(Price.of("0.084")) : Optional.empty(),
                    filled ? 1 : 0,
                    Usdt.of("0.0004"),
                    Usdt.ZERO)));
      }
    }
    List<MarginStep> steps =
        List.of(
            new MarginStep(
                1, MarginChange.add(Usdt.of("1")), Usdt.of("9"), true, Optional.empty(), T0),
            new MarginStep(
                2, MarginChange.reduce(Usdt.of("1")), Usdt.of("10"), true, Optional.empty(), T0));
    return new ProcedureReport(
        request,
        status,
        status + " " + request.type(),
        Optional.empty(),
        orders,
        steps,
        Usdt.of("8.4"),
        Optional.empty(),
        Optional.empty(),
        request.slot().maintenanceCount(),
        T0.plusSeconds(1));
  }

  /** Overrides with every field set. */
  public static SettingsOverrides everyOverride() {
    return SettingsOverrides.builder()
        .leverage(Leverage.of("10"))
        .anchorMargin(Usdt.of("10.50"))
        .triggerLoss(Ratio.ofPercent("-12.5"))
        .maxMaintenances(4)
        .openMultiplier(new BigDecimal("10.000000000000000000001"))
        .closeFraction(Ratio.of("0.92"))
        .maintenanceAmount(Usdt.of("100"))
        .targetMargin(Usdt.of("10"))
        .subTargetMargins(List.of(Usdt.of("10"), Usdt.of("10"), Usdt.of("20")))
        .tolerance(Ratio.of("0.05"))
        .stepCap(Usdt.of("5"))
        .minStep(Usdt.of("0.5"))
        .safetyBuffer(Usdt.of("1.5"))
        .fallbackMmr(Ratio.of("0.004"))
        .reconcileInterval(Duration.ofMinutes(5))
        .takeProfit(Ratio.of("0.30"))
        .takeProfitEnabled(true)
        .takeProfitFraction(Ratio.ONE)
        .alertNotice(Ratio.of("-0.05"))
        .alertWarning(Ratio.of("-0.08"))
        .alertCritical(Ratio.of("-0.10"))
        .alertHysteresis(Ratio.of("0.01"))
        .takerFeeRate(Ratio.of("0.0005"))
        .marginAlertDeviation(Ratio.of("0.2"))
        .mainAutoMaintain(false)
        .mainMarginCorrection(true)
        .build();
  }

  private static OrderReport filled(ClientOrderId id, String size, String price) {
    return new OrderReport(
        id,
        "ex-" + id.step(),
        OrderState.FILLED,
        Contracts.of(size),
        Contracts.of(size),
        Optional.of(Price.of(price)),
        1,
        Usdt.of("0.0042"),
        id.step() == 3 ? Usdt.of("-0.214") : Usdt.ZERO);
  }
}
