package io.anchorkeeper.core.settings;

import io.anchorkeeper.core.value.Ratio;
import java.util.Objects;

/**
 * Profit-rate tiers for alerts (SPEC 3.7): a slot enters a tier when its rate falls to the
 * threshold or below, and leaves it only when the rate rises above threshold + {@code hysteresis},
 * so a rate hovering at the edge does not send the same alert again and again.
 *
 * @param notice e.g. -5%
 * @param warning below {@code notice}, e.g. -8%
 * @param critical below {@code warning}, e.g. -10%
 * @param hysteresis how far above a threshold the rate must rise to leave the tier, e.g. 1
 *     percentage point (0.01); at least 0 and below the distance from {@code notice} to 0
 */
public record AlertThresholds(Ratio notice, Ratio warning, Ratio critical, Ratio hysteresis) {

  public static final AlertThresholds DEFAULTS =
      new AlertThresholds(
          Ratio.ofPercent("-5"),
          Ratio.ofPercent("-8"),
          Ratio.ofPercent("-10"),
          Ratio.ofPercent("1"));

  public AlertThresholds {
    Objects.requireNonNull(notice, "alert_notice must not be null");
    Objects.requireNonNull(warning, "alert_warning must not be null");
    Objects.requireNonNull(critical, "alert_critical must not be null");
    Objects.requireNonNull(hysteresis, "alert_hysteresis must not be null");
    new Violations()
        .require(notice.signum() < 0, "alert_notice", "be below 0%", notice)
        .require(
            warning.isLessThan(notice), "alert_warning", "be below alert_notice " + notice, warning)
        .require(
            critical.isLessThan(warning),
            "alert_critical",
            "be below alert_warning " + warning,
            critical)
        .require(
            critical.isGreaterThan(Ratio.ONE.negate()),
            "alert_critical",
            "be above -100%",
            critical)
        .require(hysteresis.signum() >= 0, "alert_hysteresis", "not be negative", hysteresis)
        .require(
            hysteresis.isLessThan(notice.negate()),
            "alert_hysteresis",
            "be below the distance from alert_notice to 0 (" + notice.negate() + ")",
            hysteresis)
        .throwIfAny();
  }
}
