package io.anchorkeeper.core.settings;

import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-slot (or per-request) overrides of {@link AnchorSettings}: each field is either present,
 * replacing the global value, or empty, inheriting it. The alert thresholds are overridden one by
 * one. Take-profit is off when {@code takeProfitEnabled} is false; setting a {@code takeProfit}
 * rate turns it on unless {@code takeProfitEnabled} says otherwise.
 */
public record SettingsOverrides(
    Optional<Leverage> leverage,
    Optional<Usdt> anchorMargin,
    Optional<Ratio> triggerLoss,
    Optional<Integer> maxMaintenances,
    Optional<BigDecimal> openMultiplier,
    Optional<Ratio> closeFraction,
    Optional<Usdt> maintenanceAmount,
    Optional<Usdt> targetMargin,
    Optional<List<Usdt>> subTargetMargins,
    Optional<Ratio> tolerance,
    Optional<Usdt> stepCap,
    Optional<Usdt> minStep,
    Optional<Usdt> safetyBuffer,
    Optional<Ratio> fallbackMmr,
    Optional<Duration> reconcileInterval,
    Optional<Ratio> takeProfit,
    Optional<Boolean> takeProfitEnabled,
    Optional<Ratio> takeProfitFraction,
    Optional<Ratio> alertNotice,
    Optional<Ratio> alertWarning,
    Optional<Ratio> alertCritical,
    Optional<Ratio> alertHysteresis,
    Optional<Ratio> takerFeeRate,
    Optional<Ratio> marginAlertDeviation,
    Optional<Boolean> mainAutoMaintain,
    Optional<Boolean> mainMarginCorrection) {

  private static final SettingsOverrides NONE = builder().build();

  public SettingsOverrides {
    Objects.requireNonNull(leverage, "leverage override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        anchorMargin, "anchor_margin override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        triggerLoss, "trigger_loss override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        maxMaintenances, "max_maintenances override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        openMultiplier, "open_multiplier override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        closeFraction, "close_fraction override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        maintenanceAmount, "maintenance_amount override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        targetMargin, "target_margin override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        subTargetMargins, "sub_target_margins override must not be null (use Optional.empty())");
    Objects.requireNonNull(tolerance, "tolerance override must not be null (use Optional.empty())");
    Objects.requireNonNull(stepCap, "step_cap override must not be null (use Optional.empty())");
    Objects.requireNonNull(minStep, "min_step override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        safetyBuffer, "safety_buffer override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        fallbackMmr, "fallback_mmr override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        reconcileInterval, "reconcile_interval override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        takeProfit, "take_profit override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        takeProfitEnabled, "take_profit_enabled override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        takeProfitFraction,
        "take_profit_fraction override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        alertNotice, "alert_notice override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        alertWarning, "alert_warning override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        alertCritical, "alert_critical override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        alertHysteresis, "alert_hysteresis override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        takerFeeRate, "taker_fee_rate override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        marginAlertDeviation,
        "margin_alert_deviation override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        mainAutoMaintain, "main_auto_maintain override must not be null (use Optional.empty())");
    Objects.requireNonNull(
        mainMarginCorrection,
        "main_margin_correction override must not be null (use Optional.empty())");
  }

  /** No overrides: applying them changes nothing. */
  public static SettingsOverrides none() {
    return NONE;
  }

  public static SettingsOverridesBuilder builder() {
    return new SettingsOverridesBuilder();
  }

  /**
   * {@code base} with every present override applied. The result is validated as a whole, so an
   * override that breaks a rule against an inherited value (a target above the inherited
   * maintenance amount) is refused too.
   */
  public AnchorSettings applyTo(AnchorSettings base) {
    AlertThresholds alerts = base.alertThresholds();
    return new AnchorSettings(
        leverage.orElse(base.leverage()),
        anchorMargin.orElse(base.anchorMargin()),
        triggerLoss.orElse(base.triggerLoss()),
        maxMaintenances.orElse(base.maxMaintenances()),
        openMultiplier.orElse(base.openMultiplier()),
        closeFraction.orElse(base.closeFraction()),
        maintenanceAmount.orElse(base.maintenanceAmount()),
        targetMargin.orElse(base.targetMargin()),
        subTargetMargins.orElse(base.subTargetMargins()),
        tolerance.orElse(base.tolerance()),
        stepCap.orElse(base.stepCap()),
        minStep.orElse(base.minStep()),
        safetyBuffer.orElse(base.safetyBuffer()),
        fallbackMmr.orElse(base.fallbackMmr()),
        reconcileInterval.orElse(base.reconcileInterval()),
        effectiveTakeProfit(base),
        takeProfitFraction.orElse(base.takeProfitFraction()),
        new AlertThresholds(
            alertNotice.orElse(alerts.notice()),
            alertWarning.orElse(alerts.warning()),
            alertCritical.orElse(alerts.critical()),
            alertHysteresis.orElse(alerts.hysteresis())),
        takerFeeRate.orElse(base.takerFeeRate()),
        marginAlertDeviation.orElse(base.marginAlertDeviation()),
        mainAutoMaintain.orElse(base.mainAutoMaintain()),
        mainMarginCorrection.orElse(base.mainMarginCorrection()));
  }

  private Optional<Ratio> effectiveTakeProfit(AnchorSettings base) {
    Optional<Ratio> rate = takeProfit.or(base::takeProfit);
    boolean enabled = takeProfitEnabled.orElse(rate.isPresent());
    if (enabled && rate.isEmpty()) {
      throw new InvalidSettingsException(
          List.of("take_profit must be set when take_profit_enabled is true, was off"));
    }
    return enabled ? rate : Optional.empty();
  }
}
