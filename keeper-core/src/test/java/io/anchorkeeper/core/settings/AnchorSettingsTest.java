package io.anchorkeeper.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnchorSettingsTest {

  private static final AnchorSettings DEFAULTS = AnchorSettings.defaults();

  private static AnchorSettings override(SettingsOverridesBuilder overrides) {
    return DEFAULTS.with(overrides.build());
  }

  @Test
  void defaultsAreTheValuesOfSpecSection4() {
    assertThat(DEFAULTS.leverage()).isEqualTo(Leverage.of(10));
    assertThat(DEFAULTS.anchorMargin()).isEqualTo(Usdt.of(10));
    assertThat(DEFAULTS.triggerLoss()).isEqualTo(Ratio.ofPercent("-10"));
    assertThat(DEFAULTS.maxMaintenances()).isEqualTo(3);
    assertThat(DEFAULTS.openMultiplier()).isEqualByComparingTo("10");
    assertThat(DEFAULTS.closeFraction()).isEqualTo(Ratio.ofPercent("92"));
    assertThat(DEFAULTS.maintenanceAmount()).isEqualTo(Usdt.of(100));
    assertThat(DEFAULTS.targetMargin()).isEqualTo(Usdt.of(10));
    assertThat(DEFAULTS.subTargetMargins()).containsExactly(Usdt.of(10), Usdt.of(10), Usdt.of(20));
    assertThat(DEFAULTS.tolerance()).isEqualTo(Ratio.ofPercent("5"));
    assertThat(DEFAULTS.stepCap()).isEqualTo(Usdt.of(5));
    assertThat(DEFAULTS.safetyBuffer()).isEqualTo(Usdt.of("1.5"));
    assertThat(DEFAULTS.fallbackMmr()).isEqualTo(Ratio.ofPercent("0.4"));
    assertThat(DEFAULTS.reconcileInterval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(DEFAULTS.takeProfit()).contains(Ratio.ofPercent("30"));
    assertThat(DEFAULTS.takeProfitFraction()).isEqualTo(Ratio.ONE);
    assertThat(DEFAULTS.alertThresholds().notice()).isEqualTo(Ratio.ofPercent("-5"));
    assertThat(DEFAULTS.alertThresholds().warning()).isEqualTo(Ratio.ofPercent("-8"));
    assertThat(DEFAULTS.alertThresholds().critical()).isEqualTo(Ratio.ofPercent("-10"));
    assertThat(DEFAULTS.takerFeeRate()).isEqualTo(Ratio.ofPercent("0.05"));
    assertThat(DEFAULTS.mainAutoMaintain()).isFalse();
  }

  @Test
  void subAccountTargetFollowsTheCountAndTheLastEntryHoldsBeyondTheList() {
    assertThat(DEFAULTS.targetMargin(AccountKind.SUB, 0)).isEqualTo(Usdt.of(10));
    assertThat(DEFAULTS.targetMargin(AccountKind.SUB, 1)).isEqualTo(Usdt.of(10));
    assertThat(DEFAULTS.targetMargin(AccountKind.SUB, 2)).isEqualTo(Usdt.of(20));
    assertThat(DEFAULTS.targetMargin(AccountKind.SUB, 7)).isEqualTo(Usdt.of(20));
    assertThat(DEFAULTS.marginBand(AccountKind.SUB, 2).lower()).isEqualTo(Usdt.of(19));
    assertThat(DEFAULTS.marginBand(AccountKind.SUB, 2).upper()).isEqualTo(Usdt.of(21));
  }

  @Test
  void mainAccountTargetIsItsOwnTargetMarginWhateverTheCount() {
    AnchorSettings settings = override(SettingsOverrides.builder().targetMargin(Usdt.of(12)));
    assertThat(settings.targetMargin(AccountKind.MAIN, 0)).isEqualTo(Usdt.of(12));
    assertThat(settings.targetMargin(AccountKind.MAIN, 5)).isEqualTo(Usdt.of(12));
  }

  @Test
  void mainAccountIsMaintainedAutomaticallyOnlyWhenEnabled() {
    assertThat(DEFAULTS.maintainsAutomatically(AccountKind.SUB)).isTrue();
    assertThat(DEFAULTS.maintainsAutomatically(AccountKind.MAIN)).isFalse();
    assertThat(
            override(SettingsOverrides.builder().mainAutoMaintain(true))
                .maintainsAutomatically(AccountKind.MAIN))
        .isTrue();
  }

  @Test
  void mainAccountGetsMarginCorrectionOnlyWhenEnabled() {
    assertThat(DEFAULTS.correctsMargin(AccountKind.SUB)).isTrue();
    assertThat(DEFAULTS.correctsMargin(AccountKind.MAIN)).isFalse();
    assertThat(
            override(SettingsOverrides.builder().mainMarginCorrection(true))
                .correctsMargin(AccountKind.MAIN))
        .isTrue();
  }

  @Test
  void aPositiveTriggerLossIsRefusedNamingTheField() {
    assertThatThrownBy(
            () -> override(SettingsOverrides.builder().triggerLoss(Ratio.ofPercent("5"))))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessage("trigger_loss must be below 0%, was 5%");
  }

  @Test
  void everyViolationIsListedAtOnce() {
    InvalidSettingsException e =
        catchThrowableOfType(
            InvalidSettingsException.class,
            () ->
                override(
                    SettingsOverrides.builder()
                        .closeFraction(Ratio.ofPercent("100"))
                        .stepCap(Usdt.of(0))
                        .maxMaintenances(-1)));
    assertThat(e.violations())
        .containsExactly(
            "max_maintenances must not be negative, was -1",
            "close_fraction must be above 0% and below 100%, was 100%",
            "step_cap must be positive, was 0 USDT",
            "min_step must be at most step_cap 0 USDT, was 0.5 USDT");
  }

  @Test
  void aTargetAboveTheMaintenanceAmountIsRefusedEvenWhenOnlyOneOfThemIsOverridden() {
    assertThatThrownBy(() -> override(SettingsOverrides.builder().maintenanceAmount(Usdt.of(8))))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("target_margin must be below maintenance_amount 8 USDT, was 10 USDT")
        .hasMessageContaining(
            "sub_target_margins[2] must be below maintenance_amount 8 USDT, was 20 USDT");
  }

  @Test
  void otherRulesNameTheirFields() {
    assertThatThrownBy(() -> override(SettingsOverrides.builder().subTargetMargins(List.of())))
        .hasMessage("sub_target_margins must not be empty, was []");
    assertThatThrownBy(() -> override(SettingsOverrides.builder().openMultiplier(BigDecimal.ZERO)))
        .hasMessage("open_multiplier must be at least 1, was 0");
    assertThatThrownBy(() -> override(SettingsOverrides.builder().reconcileInterval(Duration.ZERO)))
        .hasMessage("reconcile_interval must be at least 1 second, was PT0S");
    assertThatThrownBy(
            () -> override(SettingsOverrides.builder().takerFeeRate(Ratio.ofPercent("5"))))
        .hasMessage(
            "taker_fee_rate must be at least 0% and below 1% (positive means a charge), was 5%");
    assertThatThrownBy(
            () -> override(SettingsOverrides.builder().takeProfit(Ratio.ofPercent("-1"))))
        .hasMessage("take_profit must be above 0% (or off), was -1%");
    assertThatThrownBy(() -> override(SettingsOverrides.builder().safetyBuffer(Usdt.of(-1))))
        .hasMessage("safety_buffer must not be negative, was -1 USDT");
  }

  @Test
  void alertTiersMustDeepenFromNoticeToCritical() {
    assertThatThrownBy(
            () ->
                override(
                    SettingsOverrides.builder()
                        .alertWarning(Ratio.ofPercent("-3"))
                        .alertHysteresis(Ratio.ofPercent("6"))))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessage(
            "alert_warning must be below alert_notice -5%, was -3%; "
                + "alert_hysteresis must be below the distance from alert_notice to 0 (5%), was 6%");
  }

  @Test
  void overridesReplaceOnlyTheFieldsTheyName() {
    AnchorSettings slot =
        override(
            SettingsOverrides.builder()
                .stepCap(Usdt.of(3))
                .alertCritical(Ratio.ofPercent("-12"))
                .subTargetMargins(List.of(Usdt.of(15))));
    assertThat(slot.stepCap()).isEqualTo(Usdt.of(3));
    assertThat(slot.alertThresholds().critical()).isEqualTo(Ratio.ofPercent("-12"));
    assertThat(slot.alertThresholds().warning()).isEqualTo(Ratio.ofPercent("-8"));
    assertThat(slot.targetMargin(AccountKind.SUB, 4)).isEqualTo(Usdt.of(15));
    assertThat(slot.leverage()).isEqualTo(DEFAULTS.leverage());
    assertThat(DEFAULTS.with(SettingsOverrides.none())).isEqualTo(DEFAULTS);
  }

  @Test
  void takeProfitCanBeSwitchedOffAndOnAgainPerSlot() {
    AnchorSettings off = override(SettingsOverrides.builder().takeProfitEnabled(false));
    assertThat(off.takeProfit()).isEmpty();
    AnchorSettings backOn =
        off.with(SettingsOverrides.builder().takeProfit(Ratio.ofPercent("25")).build());
    assertThat(backOn.takeProfit()).contains(Ratio.ofPercent("25"));
    assertThatThrownBy(() -> off.with(SettingsOverrides.builder().takeProfitEnabled(true).build()))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessage("take_profit must be set when take_profit_enabled is true, was off");
  }

  @Test
  void aNullOptionalIsRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                new AnchorSettings(
                    DEFAULTS.leverage(),
                    DEFAULTS.anchorMargin(),
                    DEFAULTS.triggerLoss(),
                    DEFAULTS.maxMaintenances(),
                    DEFAULTS.openMultiplier(),
                    DEFAULTS.closeFraction(),
                    DEFAULTS.maintenanceAmount(),
                    DEFAULTS.targetMargin(),
                    DEFAULTS.subTargetMargins(),
                    DEFAULTS.tolerance(),
                    DEFAULTS.stepCap(),
                    DEFAULTS.minStep(),
                    DEFAULTS.safetyBuffer(),
                    DEFAULTS.fallbackMmr(),
                    DEFAULTS.reconcileInterval(),
                    nullTakeProfit(),
                    DEFAULTS.takeProfitFraction(),
                    DEFAULTS.alertThresholds(),
                    DEFAULTS.takerFeeRate(),
                    DEFAULTS.marginAlertDeviation(),
                    false,
                    false))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("take_profit");
  }

  private static Optional<Ratio> nullTakeProfit() {
    return null;
  }
}
