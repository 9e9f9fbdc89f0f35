package io.anchorkeeper.core.settings;

import io.anchorkeeper.core.margin.MarginBand;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of SPEC section 4, valid together. One instance holds the global settings; a
 * slot's effective settings are the globals {@link #with(SettingsOverrides) with} its overrides.
 * Rates are {@link Ratio}s (-0.10 is -10%); invalid values are refused with an {@link
 * InvalidSettingsException} naming each field as SPEC spells it.
 *
 * @param leverage leverage of every anchor (10x)
 * @param anchorMargin margin of an auto-opened anchor (10 U)
 * @param triggerLoss a slot is maintained at this profit rate or below (-10%)
 * @param maxMaintenances no automatic maintenance once a slot's count reaches this (3)
 * @param openMultiplier normal maintenance opens this multiple of the old size (10)
 * @param closeFraction normal maintenance then closes this fraction of what filled (92%)
 * @param maintenanceAmount super maintenance opens this much margin (100 U)
 * @param targetMargin super maintenance on the main account trims to this margin (10 U)
 * @param subTargetMargins a sub-account slot's target margin by maintenance count; the last entry
 *     holds for higher counts ([10, 10, 20] U)
 * @param tolerance the margin band is target ± this fraction (5%)
 * @param stepCap the largest single margin adjustment (5 U)
 * @param minStep the floor the step cap is halved down to after 59301-type refusals (0.5 U)
 * @param safetyBuffer margin kept above maintenance margin when reducing (1.5 U)
 * @param fallbackMmr maintenance rate used when no tier data is known (0.4%)
 * @param reconcileInterval how often positions are re-read in full (5 min)
 * @param takeProfit close at this profit rate or above; empty means off (+30%)
 * @param takeProfitFraction the fraction of the position take-profit closes (100%)
 * @param alertThresholds profit-rate alert tiers and their hysteresis (-5/-8/-10%, 1 point)
 * @param takerFeeRate taker fee rate as a positive number, for estimates (0.05%)
 * @param marginAlertDeviation a margin off its target by more than this alerts (20%)
 * @param mainAutoMaintain whether main-account slots are maintained automatically (false)
 * @param mainMarginCorrection whether main-account slots get margin correction (false)
 */
public record AnchorSettings(
    Leverage leverage,
    Usdt anchorMargin,
    Ratio triggerLoss,
    int maxMaintenances,
    BigDecimal openMultiplier,
    Ratio closeFraction,
    Usdt maintenanceAmount,
    Usdt targetMargin,
    List<Usdt> subTargetMargins,
    Ratio tolerance,
    Usdt stepCap,
    Usdt minStep,
    Usdt safetyBuffer,
    Ratio fallbackMmr,
    Duration reconcileInterval,
    Optional<Ratio> takeProfit,
    Ratio takeProfitFraction,
    AlertThresholds alertThresholds,
    Ratio takerFeeRate,
    Ratio marginAlertDeviation,
    boolean mainAutoMaintain,
    boolean mainMarginCorrection) {

  private static final Ratio MINUS_ONE = Ratio.ONE.negate();
  private static final Ratio MAX_TAKER_FEE_RATE = Ratio.ofPercent("1");
  private static final String PROPER = "be above 0% and below 100%";

  private static final AnchorSettings DEFAULTS =
      new AnchorSettings(
          Leverage.of(10),
          Usdt.of(10),
          Ratio.ofPercent("-10"),
          3,
          BigDecimal.TEN,
          Ratio.ofPercent("92"),
          Usdt.of(100),
          Usdt.of(10),
          List.of(Usdt.of(10), Usdt.of(10), Usdt.of(20)),
          Ratio.ofPercent("5"),
          Usdt.of(5),
          Usdt.of("0.5"),
          Usdt.of("1.5"),
          Ratio.ofPercent("0.4"),
          Duration.ofMinutes(5),
          Optional.of(Ratio.ofPercent("30")),
          Ratio.ONE,
          AlertThresholds.DEFAULTS,
          Ratio.ofPercent("0.05"),
          Ratio.ofPercent("20"),
          false,
          false);

  public AnchorSettings {
    Objects.requireNonNull(leverage, "leverage must not be null");
    Objects.requireNonNull(anchorMargin, "anchor_margin must not be null");
    Objects.requireNonNull(triggerLoss, "trigger_loss must not be null");
    Objects.requireNonNull(openMultiplier, "open_multiplier must not be null");
    Objects.requireNonNull(closeFraction, "close_fraction must not be null");
    Objects.requireNonNull(maintenanceAmount, "maintenance_amount must not be null");
    Objects.requireNonNull(targetMargin, "target_margin must not be null");
    subTargetMargins =
        List.copyOf(
            Objects.requireNonNull(subTargetMargins, "sub_target_margins must not be null"));
    Objects.requireNonNull(tolerance, "tolerance must not be null");
    Objects.requireNonNull(stepCap, "step_cap must not be null");
    Objects.requireNonNull(minStep, "min_step must not be null");
    Objects.requireNonNull(safetyBuffer, "safety_buffer must not be null");
    Objects.requireNonNull(fallbackMmr, "fallback_mmr must not be null");
    Objects.requireNonNull(reconcileInterval, "reconcile_interval must not be null");
    Objects.requireNonNull(takeProfit, "take_profit must not be null (use Optional.empty())");
    Objects.requireNonNull(takeProfitFraction, "take_profit_fraction must not be null");
    Objects.requireNonNull(alertThresholds, "alert thresholds must not be null");
    Objects.requireNonNull(takerFeeRate, "taker_fee_rate must not be null");
    Objects.requireNonNull(marginAlertDeviation, "margin_alert_deviation must not be null");
    Violations v = new Violations();
    v.require(anchorMargin.isPositive(), "anchor_margin", "be positive", anchorMargin)
        .require(triggerLoss.signum() < 0, "trigger_loss", "be below 0%", triggerLoss)
        .require(
            triggerLoss.isGreaterThan(MINUS_ONE), "trigger_loss", "be above -100%", triggerLoss)
        .require(maxMaintenances >= 0, "max_maintenances", "not be negative", maxMaintenances)
        .require(
            openMultiplier.compareTo(BigDecimal.ONE) >= 0,
            "open_multiplier",
            "be at least 1",
            openMultiplier.toPlainString())
        .require(isProperFraction(closeFraction), "close_fraction", PROPER, closeFraction)
        .require(
            maintenanceAmount.isPositive(), "maintenance_amount", "be positive", maintenanceAmount)
        .require(targetMargin.isPositive(), "target_margin", "be positive", targetMargin)
        .require(
            targetMargin.isLessThan(maintenanceAmount),
            "target_margin",
            "be below maintenance_amount " + maintenanceAmount,
            targetMargin)
        .require(!subTargetMargins.isEmpty(), "sub_target_margins", "not be empty", "[]");
    for (int i = 0; i < subTargetMargins.size(); i++) {
      Usdt target = subTargetMargins.get(i);
      String field = "sub_target_margins[" + i + "]";
      v.require(target.isPositive(), field, "be positive", target)
          .require(
              target.isLessThan(maintenanceAmount),
              field,
              "be below maintenance_amount " + maintenanceAmount,
              target);
    }
    v.require(isProperFraction(tolerance), "tolerance", PROPER, tolerance)
        .require(stepCap.isPositive(), "step_cap", "be positive", stepCap)
        .require(minStep.isPositive(), "min_step", "be positive", minStep)
        .require(
            !minStep.isGreaterThan(stepCap), "min_step", "be at most step_cap " + stepCap, minStep)
        .require(!safetyBuffer.isNegative(), "safety_buffer", "not be negative", safetyBuffer)
        .require(isProperFraction(fallbackMmr), "fallback_mmr", PROPER, fallbackMmr)
        .require(
            reconcileInterval.compareTo(Duration.ofSeconds(1)) >= 0,
            "reconcile_interval",
            "be at least 1 second",
            reconcileInterval)
        .require(
            takeProfit.map(rate -> rate.signum() > 0).orElse(true),
            "take_profit",
            "be above 0% (or off)",
            takeProfit.map(Ratio::toString).orElse("off"))
        .require(
            takeProfitFraction.signum() > 0 && takeProfitFraction.isAtMost(Ratio.ONE),
            "take_profit_fraction",
            "be above 0% and at most 100%",
            takeProfitFraction)
        .require(
            takerFeeRate.signum() >= 0 && takerFeeRate.isLessThan(MAX_TAKER_FEE_RATE),
            "taker_fee_rate",
            "be at least 0% and below 1% (positive means a charge)",
            takerFeeRate)
        .require(
            marginAlertDeviation.signum() > 0,
            "margin_alert_deviation",
            "be above 0%",
            marginAlertDeviation)
        .throwIfAny();
  }

  /** The defaults of SPEC section 4, plus the keeper's own choices listed on each component. */
  public static AnchorSettings defaults() {
    return DEFAULTS;
  }

  /** These settings with every present override applied; validated again as a whole. */
  public AnchorSettings with(SettingsOverrides overrides) {
    return overrides.applyTo(this);
  }

  /**
   * The margin a slot should hold: the main account's {@code target_margin}, or a sub-account's
   * entry of {@code sub_target_margins} for {@code maintenanceCount} (the last entry for higher
   * counts).
   */
  public Usdt targetMargin(AccountKind kind, int maintenanceCount) {
    if (maintenanceCount < 0) {
      throw new IllegalArgumentException(
          "maintenance count must not be negative, was " + maintenanceCount);
    }
    if (kind == AccountKind.MAIN) {
      return targetMargin;
    }
    return subTargetMargins.get(Math.min(maintenanceCount, subTargetMargins.size() - 1));
  }

  /** The band around {@link #targetMargin(AccountKind, int)} given by {@code tolerance}. */
  public MarginBand marginBand(AccountKind kind, int maintenanceCount) {
    return MarginBand.around(targetMargin(kind, maintenanceCount), tolerance);
  }

  /** Sub-account slots are maintained automatically; main-account slots only when enabled. */
  public boolean maintainsAutomatically(AccountKind kind) {
    return kind == AccountKind.SUB || mainAutoMaintain;
  }

  /** Sub-account slots get margin correction; main-account slots only when enabled. */
  public boolean correctsMargin(AccountKind kind) {
    return kind == AccountKind.SUB || mainMarginCorrection;
  }

  private static boolean isProperFraction(Ratio ratio) {
    return ratio.signum() > 0 && ratio.isLessThan(Ratio.ONE);
  }
}
