package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.alert.AlertLevel;
import io.anchorkeeper.core.alert.AlertUpdate;
import io.anchorkeeper.core.alert.ProfitAlertTracker;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.maintenance.MaintenanceTrigger;
import io.anchorkeeper.core.margin.MarginBand;
import io.anchorkeeper.core.margin.PnlCalculator;
import io.anchorkeeper.core.notify.Alert;
import io.anchorkeeper.core.notify.AlertKind;
import io.anchorkeeper.core.notify.Severity;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.record.Trigger;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Ratio;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of SPEC section 3 applied to one slot at one moment: which procedure it needs, if any,
 * and which alerts to send. The profit rate is recomputed at the newest mark, so a slot that
 * crosses the trigger is acted on at the tick that crossed it, not at the next position push. Each
 * evaluation leaves the slot's {@link QuietBand}: the marks at which the next one would change
 * nothing, which the engine's price path then skips.
 */
final class RuleEvaluator {

  /** One evaluation's outcome. */
  record Verdict(Optional<Intent> intent, List<Alert> alerts, Optional<Ratio> profitRate) {}

  /** The inputs of one evaluation. */
  record Inputs(
      SlotConfig slot,
      AnchorSettings settings,
      Optional<PositionSnapshot> position,
      Optional<PositionBook.Mark> mark,
      InstrumentSpec spec,
      boolean accountSynced,
      Instant now) {}

  private RuleEvaluator() {}

  static Verdict evaluate(Inputs in, SlotWatch watch) {
    SlotConfig slot = in.slot();
    if (in.position().isEmpty()) {
      watch.positionGone();
      boolean open =
          in.accountSynced()
              && !slot.paused()
              && !watch.coolingDown(ProcedureType.AUTO_OPEN, in.now());
      return new Verdict(
          open
              ? Optional.of(intent(ProcedureType.AUTO_OPEN, slot, "no_position"))
              : Optional.empty(),
          List.of(),
          Optional.empty());
    }
    PositionSnapshot position = in.position().get();
    AnchorSettings settings = in.settings();
    Ratio rate = profitRate(in, position);
    watch.rateSeen(rate);
    List<Alert> alerts = new ArrayList<>();
    AlertUpdate tier = ProfitAlertTracker.update(watch.level, rate, settings.alertThresholds());
    watch.level = tier.level();
    tier.alert()
        .ifPresent(
            a ->
                alerts.add(
                    alert(
                        AlertKind.PROFIT_TIER,
                        severity(a.level()),
                        slot.id(),
                        Optional.of(rate),
                        Optional.of(a.threshold()),
                        position,
                        Optional.empty(),
                        in.now())));

    Optional<Intent> intent = maintenance(in, rate, watch, alerts, position);
    if (intent.isEmpty()) {
      intent = takeProfit(in, rate, watch);
    }
    Optional<Intent> correction = margin(in, watch, alerts, position);
    Verdict verdict = new Verdict(intent.or(() -> correction), alerts, Optional.of(rate));
    watch.settle(QuietBandRule.after(in, rate, verdict, watch));
    return verdict;
  }

  private static Optional<Intent> maintenance(
      Inputs in, Ratio rate, SlotWatch watch, List<Alert> alerts, PositionSnapshot position) {
    SlotConfig slot = in.slot();
    switch (MaintenanceTrigger.evaluate(slot.anchorSlot(), rate, in.settings())) {
      case MAINTAIN:
        ProcedureType type = maintenanceType(slot.kind());
        return slot.paused() || watch.coolingDown(type, in.now())
            ? Optional.empty()
            : Optional.of(intent(type, slot, "trigger_loss"));
      case CAPPED:
        if (!watch.cappedAlerted) {
          watch.cappedAlerted = true;
          alerts.add(pastTrigger(AlertKind.CAP_REACHED, Severity.CRITICAL, in, rate, position));
        }
        return Optional.empty();
      case OWNER_DECIDES:
        if (!watch.ownerAlerted) {
          watch.ownerAlerted = true;
          alerts.add(pastTrigger(AlertKind.OWNER_DECIDES, Severity.WARNING, in, rate, position));
        }
        return Optional.empty();
      default:
        watch.cappedAlerted = false;
        watch.ownerAlerted = false;
        return Optional.empty();
    }
  }

  /** An alert about a slot past its trigger that is not maintained automatically. */
  private static Alert pastTrigger(
      AlertKind kind, Severity severity, Inputs in, Ratio rate, PositionSnapshot position) {
    return alert(
        kind,
        severity,
        in.slot().id(),
        Optional.of(rate),
        Optional.of(in.settings().triggerLoss()),
        position,
        Optional.empty(),
        in.now());
  }

  private static Optional<Intent> takeProfit(Inputs in, Ratio rate, SlotWatch watch) {
    Optional<Ratio> threshold = in.settings().takeProfit();
    boolean reached = threshold.isPresent() && rate.isAtLeast(threshold.get());
    if (!reached || in.slot().paused() || watch.coolingDown(ProcedureType.TAKE_PROFIT, in.now())) {
      return Optional.empty();
    }
    return Optional.of(intent(ProcedureType.TAKE_PROFIT, in.slot(), "take_profit"));
  }

  private static Optional<Intent> margin(
      Inputs in, SlotWatch watch, List<Alert> alerts, PositionSnapshot position) {
    SlotConfig slot = in.slot();
    AnchorSettings settings = in.settings();
    if (!settings.correctsMargin(slot.kind())) {
      return Optional.empty();
    }
    MarginBand band = settings.marginBand(slot.kind(), slot.maintenanceCount());
    if (band.contains(position.margin())) {
      watch.offBandAlerted = false;
      return Optional.empty();
    }
    if (!watch.offBandAlerted
        && band.deviation(position.margin()).isGreaterThan(settings.marginAlertDeviation())) {
      watch.offBandAlerted = true;
      alerts.add(
          alert(
              AlertKind.MARGIN_OFF_BAND,
              Severity.WARNING,
              slot.id(),
              Optional.empty(),
              Optional.empty(),
              position,
              Optional.of(band),
              in.now()));
    }
    if (slot.paused() || watch.coolingDown(ProcedureType.MARGIN_CORRECTION, in.now())) {
      return Optional.empty();
    }
    return Optional.of(intent(ProcedureType.MARGIN_CORRECTION, slot, "margin_band"));
  }

  /** The profit rate at the newest mark; the position's own when no newer mark is known. */
  private static Ratio profitRate(Inputs in, PositionSnapshot position) {
    Optional<PositionBook.Mark> mark = in.mark();
    if (mark.isEmpty() || !mark.get().at().isAfter(position.updatedAt())) {
      return position.profitRate();
    }
    return PnlCalculator.profitRate(
        in.spec(),
        position.side(),
        position.size(),
        position.averagePrice(),
        mark.get().price(),
        position.leverage());
  }

  /** Main-account slots get the normal maintenance (SPEC 3.1), sub-accounts the super one. */
  static ProcedureType maintenanceType(AccountKind kind) {
    return kind == AccountKind.MAIN
        ? ProcedureType.NORMAL_MAINTENANCE
        : ProcedureType.SUPER_MAINTENANCE;
  }

  private static Intent intent(ProcedureType type, SlotConfig slot, String rule) {
    return new Intent(type, slot.id(), Trigger.rule(rule));
  }

  private static Severity severity(AlertLevel level) {
    switch (level) {
      case CRITICAL:
        return Severity.CRITICAL;
      case WARNING:
        return Severity.WARNING;
      default:
        return Severity.NOTICE;
    }
  }

  private static Alert alert(
      AlertKind kind,
      Severity severity,
      SlotId slot,
      Optional<Ratio> rate,
      Optional<Ratio> threshold,
      PositionSnapshot position,
      Optional<MarginBand> band,
      Instant now) {
    return new Alert(
        kind,
        severity,
        Optional.of(slot),
        rate,
        threshold,
        Optional.of(position.margin()),
        band.map(MarginBand::target),
        "",
        now);
  }
}
