package io.anchorkeeper.core.settings;

import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Collects {@link SettingsOverrides} field by field; unset fields inherit. */
public final class SettingsOverridesBuilder {

  private Optional<Leverage> leverage = Optional.empty();
  private Optional<Usdt> anchorMargin = Optional.empty();
  private Optional<Ratio> triggerLoss = Optional.empty();
  private Optional<Integer> maxMaintenances = Optional.empty();
  private Optional<BigDecimal> openMultiplier = Optional.empty();
  private Optional<Ratio> closeFraction = Optional.empty();
  private Optional<Usdt> maintenanceAmount = Optional.empty();
  private Optional<Usdt> targetMargin = Optional.empty();
  private Optional<List<Usdt>> subTargetMargins = Optional.empty();
  private Optional<Ratio> tolerance = Optional.empty();
  private Optional<Usdt> stepCap = Optional.empty();
  private Optional<Usdt> minStep = Optional.empty();
  private Optional<Usdt> safetyBuffer = Optional.empty();
  private Optional<Ratio> fallbackMmr = Optional.empty();
  private Optional<Duration> reconcileInterval = Optional.empty();
  private Optional<Ratio> takeProfit = Optional.empty();
  private Optional<Boolean> takeProfitEnabled = Optional.empty();
  private Optional<Ratio> takeProfitFraction = Optional.empty();
  private Optional<Ratio> alertNotice = Optional.empty();
  private Optional<Ratio> alertWarning = Optional.empty();
  private Optional<Ratio> alertCritical = Optional.empty();
  private Optional<Ratio> alertHysteresis = Optional.empty();
  private Optional<Ratio> takerFeeRate = Optional.empty();
  private Optional<Ratio> marginAlertDeviation = Optional.empty();
  private Optional<Boolean> mainAutoMaintain = Optional.empty();
  private Optional<Boolean> mainMarginCorrection = Optional.empty();

  SettingsOverridesBuilder() {}

  /** Overrides {@code leverage}. */
  public SettingsOverridesBuilder leverage(Leverage leverage) {
    this.leverage = Optional.of(leverage);
    return this;
  }

  /** Overrides {@code anchor_margin}. */
  public SettingsOverridesBuilder anchorMargin(Usdt anchorMargin) {
    this.anchorMargin = Optional.of(anchorMargin);
    return this;
  }

  /** Overrides {@code trigger_loss}. */
  public SettingsOverridesBuilder triggerLoss(Ratio triggerLoss) {
    this.triggerLoss = Optional.of(triggerLoss);
    return this;
  }

  /** Overrides {@code max_maintenances}. */
  public SettingsOverridesBuilder maxMaintenances(int maxMaintenances) {
    this.maxMaintenances = Optional.of(maxMaintenances);
    return this;
  }

  /** Overrides {@code open_multiplier}. */
  public SettingsOverridesBuilder openMultiplier(BigDecimal openMultiplier) {
    this.openMultiplier = Optional.of(openMultiplier);
    return this;
  }

  /** Overrides {@code close_fraction}. */
  public SettingsOverridesBuilder closeFraction(Ratio closeFraction) {
    this.closeFraction = Optional.of(closeFraction);
    return this;
  }

  /** Overrides {@code maintenance_amount}. */
  public SettingsOverridesBuilder maintenanceAmount(Usdt maintenanceAmount) {
    this.maintenanceAmount = Optional.of(maintenanceAmount);
    return this;
  }

  /** Overrides {@code target_margin}. */
  public SettingsOverridesBuilder targetMargin(Usdt targetMargin) {
    this.targetMargin = Optional.of(targetMargin);
    return this;
  }

  /** Overrides {@code sub_target_margins}. */
  public SettingsOverridesBuilder subTargetMargins(List<Usdt> subTargetMargins) {
    this.subTargetMargins = Optional.of(List.copyOf(subTargetMargins));
    return this;
  }

  /** Overrides {@code tolerance}. */
  public SettingsOverridesBuilder tolerance(Ratio tolerance) {
    this.tolerance = Optional.of(tolerance);
    return this;
  }

  /** Overrides {@code step_cap}. */
  public SettingsOverridesBuilder stepCap(Usdt stepCap) {
    this.stepCap = Optional.of(stepCap);
    return this;
  }

  /** Overrides {@code min_step}. */
  public SettingsOverridesBuilder minStep(Usdt minStep) {
    this.minStep = Optional.of(minStep);
    return this;
  }

  /** Overrides {@code safety_buffer}. */
  public SettingsOverridesBuilder safetyBuffer(Usdt safetyBuffer) {
    this.safetyBuffer = Optional.of(safetyBuffer);
    return this;
  }

  /** Overrides {@code fallback_mmr}. */
  public SettingsOverridesBuilder fallbackMmr(Ratio fallbackMmr) {
    this.fallbackMmr = Optional.of(fallbackMmr);
    return this;
  }

  /** Overrides {@code reconcile_interval}. */
  public SettingsOverridesBuilder reconcileInterval(Duration reconcileInterval) {
    this.reconcileInterval = Optional.of(reconcileInterval);
    return this;
  }

  /** Overrides {@code take_profit}. */
  public SettingsOverridesBuilder takeProfit(Ratio takeProfit) {
    this.takeProfit = Optional.of(takeProfit);
    return this;
  }

  /** Overrides {@code take_profit_enabled}. */
  public SettingsOverridesBuilder takeProfitEnabled(boolean takeProfitEnabled) {
    this.takeProfitEnabled = Optional.of(takeProfitEnabled);
    return this;
  }

  /** Overrides {@code take_profit_fraction}. */
  public SettingsOverridesBuilder takeProfitFraction(Ratio takeProfitFraction) {
    this.takeProfitFraction = Optional.of(takeProfitFraction);
    return this;
  }

  /** Overrides {@code alert_notice}. */
  public SettingsOverridesBuilder alertNotice(Ratio alertNotice) {
    this.alertNotice = Optional.of(alertNotice);
    return this;
  }

  /** Overrides {@code alert_warning}. */
  public SettingsOverridesBuilder alertWarning(Ratio alertWarning) {
    this.alertWarning = Optional.of(alertWarning);
    return this;
  }

  /** Overrides {@code alert_critical}. */
  public SettingsOverridesBuilder alertCritical(Ratio alertCritical) {
    this.alertCritical = Optional.of(alertCritical);
    return this;
  }

  /** Overrides {@code alert_hysteresis}. */
  public SettingsOverridesBuilder alertHysteresis(Ratio alertHysteresis) {
    this.alertHysteresis = Optional.of(alertHysteresis);
    return this;
  }

  /** Overrides {@code taker_fee_rate}. */
  public SettingsOverridesBuilder takerFeeRate(Ratio takerFeeRate) {
    this.takerFeeRate = Optional.of(takerFeeRate);
    return this;
  }

  /** Overrides {@code margin_alert_deviation}. */
  public SettingsOverridesBuilder marginAlertDeviation(Ratio marginAlertDeviation) {
    this.marginAlertDeviation = Optional.of(marginAlertDeviation);
    return this;
  }

  /** Overrides {@code main_auto_maintain}. */
  public SettingsOverridesBuilder mainAutoMaintain(boolean mainAutoMaintain) {
    this.mainAutoMaintain = Optional.of(mainAutoMaintain);
    return this;
  }

  /** Overrides {@code main_margin_correction}. */
  public SettingsOverridesBuilder mainMarginCorrection(boolean mainMarginCorrection) {
    this.mainMarginCorrection = Optional.of(mainMarginCorrection);
    return this;
  }

  public SettingsOverrides build() {
    return new SettingsOverrides(
        leverage,
        anchorMargin,
        triggerLoss,
        maxMaintenances,
        openMultiplier,
        closeFraction,
        maintenanceAmount,
        targetMargin,
        subTargetMargins,
        tolerance,
        stepCap,
        minStep,
        safetyBuffer,
        fallbackMmr,
        reconcileInterval,
        takeProfit,
        takeProfitEnabled,
        takeProfitFraction,
        alertNotice,
        alertWarning,
        alertCritical,
        alertHysteresis,
        takerFeeRate,
        marginAlertDeviation,
        mainAutoMaintain,
        mainMarginCorrection);
  }
}
