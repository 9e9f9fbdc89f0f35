package io.anchorkeeper.core.alert;

import io.anchorkeeper.core.settings.AlertThresholds;
import io.anchorkeeper.core.value.Ratio;
import java.util.List;
import java.util.Optional;

/**
 * Moves one slot's alert tier with its profit rate. Pure: the caller keeps the tier per slot (and
 * side) and passes it back in.
 *
 * <p>A tier is <em>entered</em> when the rate falls to its threshold or below, and <em>held</em>
 * (by a slot already in it or deeper) while the rate stays at or below threshold + hysteresis. The
 * new tier is the deepest one entered or held. Only moving to a deeper tier sends an alert, for
 * that tier alone (a jump from none to critical sends one critical alert). Recovering to a
 * shallower tier sends nothing; falling back into a tier that was left sends its alert again.
 */
public final class ProfitAlertTracker {

  private static final List<AlertLevel> DEEPEST_FIRST =
      List.of(AlertLevel.CRITICAL, AlertLevel.WARNING, AlertLevel.NOTICE);

  private ProfitAlertTracker() {}

  public static AlertUpdate update(
      AlertLevel previous, Ratio profitRate, AlertThresholds thresholds) {
    AlertLevel next = AlertLevel.NONE;
    for (AlertLevel level : DEEPEST_FIRST) {
      Ratio threshold = level.threshold(thresholds).orElseThrow();
      boolean entered = profitRate.isAtMost(threshold);
      boolean held =
          !level.isDeeperThan(previous)
              && profitRate.isAtMost(threshold.plus(thresholds.hysteresis()));
      if (entered || held) {
        next = level;
        break;
      }
    }
    Optional<ProfitAlert> alert =
        next.isDeeperThan(previous)
            ? Optional.of(
                new ProfitAlert(next, profitRate, next.threshold(thresholds).orElseThrow()))
            : Optional.empty();
    return new AlertUpdate(next, alert);
  }
}
