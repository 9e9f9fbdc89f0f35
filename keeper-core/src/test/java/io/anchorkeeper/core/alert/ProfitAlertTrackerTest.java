package io.anchorkeeper.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.settings.AlertThresholds;
import io.anchorkeeper.core.value.Ratio;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Default tiers: notice -5%, warning -8%, critical -10%, hysteresis 1 percentage point. */
class ProfitAlertTrackerTest {

  private static final AlertThresholds TIERS = AlertThresholds.DEFAULTS;

  /** Feeds the rates in order from no tier; returns the alert levels sent. */
  private static List<AlertLevel> alertsFor(String... percents) {
    AlertLevel level = AlertLevel.NONE;
    List<AlertLevel> sent = new ArrayList<>();
    for (String percent : percents) {
      AlertUpdate update = ProfitAlertTracker.update(level, Ratio.ofPercent(percent), TIERS);
      update.alert().ifPresent(alert -> sent.add(alert.level()));
      level = update.level();
    }
    return sent;
  }

  @Test
  void eachTierAlertsOnceWhenEntered() {
    assertThat(alertsFor("-2", "-5", "-6", "-7.9", "-8", "-9", "-10", "-14", "-11"))
        .containsExactly(AlertLevel.NOTICE, AlertLevel.WARNING, AlertLevel.CRITICAL);
  }

  @Test
  void aJumpPastSeveralTiersSendsOnlyTheDeepest() {
    assertThat(alertsFor("-1", "-12")).containsExactly(AlertLevel.CRITICAL);
  }

  @Test
  void aRateHoveringAtTheEdgeDoesNotFlap() {
    assertThat(alertsFor("-5", "-4.9", "-5.1", "-4.2", "-5", "-4.01", "-5"))
        .containsExactly(AlertLevel.NOTICE);
  }

  @Test
  void aTierLeftBeyondTheHysteresisAlertsAgainOnReentry() {
    assertThat(alertsFor("-5", "-3.9", "-5")).containsExactly(AlertLevel.NOTICE, AlertLevel.NOTICE);
  }

  @Test
  void recoveringToAShallowerTierSendsNothing() {
    assertThat(alertsFor("-10", "-8.5", "-6", "-2")).containsExactly(AlertLevel.CRITICAL);
  }

  @Test
  void aDeepTierIsHeldWithinTheHysteresisSoItDoesNotAlertAgain() {
    assertThat(alertsFor("-10", "-9.5", "-9", "-10.2")).containsExactly(AlertLevel.CRITICAL);
  }

  @Test
  void aDeepTierLeftAndEnteredAgainAlertsAgain() {
    assertThat(alertsFor("-10", "-8.99", "-10"))
        .containsExactly(AlertLevel.CRITICAL, AlertLevel.CRITICAL);
  }

  @Test
  void theLevelFollowsRecoveryThroughTheHysteresisBand() {
    AlertUpdate held = ProfitAlertTracker.update(AlertLevel.CRITICAL, Ratio.ofPercent("-9"), TIERS);
    assertThat(held.level()).isEqualTo(AlertLevel.CRITICAL);
    AlertUpdate eased =
        ProfitAlertTracker.update(AlertLevel.CRITICAL, Ratio.ofPercent("-8.99"), TIERS);
    assertThat(eased.level()).isEqualTo(AlertLevel.WARNING);
    assertThat(eased.alert()).isEmpty();
    assertThat(ProfitAlertTracker.update(AlertLevel.NOTICE, Ratio.ofPercent("3"), TIERS).level())
        .isEqualTo(AlertLevel.NONE);
  }

  @Test
  void theAlertCarriesTheRateAndTheThreshold() {
    ProfitAlert alert =
        ProfitAlertTracker.update(AlertLevel.NOTICE, Ratio.ofPercent("-8.4"), TIERS)
            .alert()
            .orElseThrow();
    assertThat(alert)
        .isEqualTo(
            new ProfitAlert(AlertLevel.WARNING, Ratio.ofPercent("-8.4"), Ratio.ofPercent("-8")));
    assertThat(alert.describe()).isEqualTo("WARNING: profit rate -8.40% is at or below -8%");
  }
}
