package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.alert.AlertLevel;
import io.anchorkeeper.core.maintenance.MaintenanceTrigger;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.settings.AlertThresholds;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.value.Ratio;
import java.util.Optional;

/**
 * Works out, after a full evaluation that asked for nothing and alerted nothing, the {@link
 * QuietBand} of mark prices at which the next evaluations would do the same. Each rule of {@link
 * RuleEvaluator} that depends on the mark is a threshold on the profit rate; the band is the
 * interval of rates between the nearest thresholds on either side, turned into prices by inverting
 * the profit-rate formula and then narrowed by {@link #MARGIN}. Rounding can then only send a mark
 * to a full evaluation it did not need, never skip one it needed.
 *
 * <p>Only states that stay put at any time qualify: a rule that consults a cooldown (a procedure
 * due but cooling down) depends on the clock, so it never gets a band; neither does a margin
 * outside its band, nor a profit rate taken from the position rather than from a newer mark.
 */
final class QuietBandRule {

  /**
   * How far inside the exact bounds the band stays, relative to the larger of the entry price and
   * the bound. Double arithmetic errs by about 1e-15 here; BigDecimal rates by 1e-33.
   */
  static final double MARGIN = 1e-9;

  private QuietBandRule() {}

  /** The band for the evaluation just made, or {@code null} when every mark needs a full one. */
  static QuietBand after(
      RuleEvaluator.Inputs in, Ratio rate, RuleEvaluator.Verdict verdict, SlotWatch watch) {
    if (verdict.intent().isPresent()
        || !verdict.alerts().isEmpty()
        || in.position().isEmpty()
        || in.mark().isEmpty()) {
      return null;
    }
    PositionSnapshot position = in.position().get();
    PositionBook.Mark mark = in.mark().get();
    if (!mark.at().isAfter(position.updatedAt()) || !marginInBand(in, position)) {
      return null;
    }
    RateInterval rates = new RateInterval();
    if (!maintenanceStaysPut(in, rate, watch, rates) || !takeProfitStaysPut(in, rate, rates)) {
      return null;
    }
    alertTierStaysPut(in.settings().alertThresholds(), watch.level, rates);
    return toPrices(in, position, mark, rate, rates);
  }

  private static boolean marginInBand(RuleEvaluator.Inputs in, PositionSnapshot position) {
    SlotConfig slot = in.slot();
    AnchorSettings settings = in.settings();
    return !settings.correctsMargin(slot.kind())
        || settings.marginBand(slot.kind(), slot.maintenanceCount()).contains(position.margin());
  }

  /**
   * Above the trigger nothing happens and the one-time alerts stay reset; at or below it, nothing
   * happens again only once the cap or owner alert was sent, or while the slot is paused.
   */
  private static boolean maintenanceStaysPut(
      RuleEvaluator.Inputs in, Ratio rate, SlotWatch watch, RateInterval rates) {
    Ratio trigger = in.settings().triggerLoss();
    if (rate.isGreaterThan(trigger)) {
      rates.above(trigger);
      return true;
    }
    boolean staysPut;
    switch (MaintenanceTrigger.evaluate(in.slot().anchorSlot(), rate, in.settings())) {
      case CAPPED:
        staysPut = watch.cappedAlerted;
        break;
      case OWNER_DECIDES:
        staysPut = watch.ownerAlerted;
        break;
      case MAINTAIN:
        staysPut = in.slot().paused();
        break;
      default:
        staysPut = false;
        break;
    }
    rates.atMost(trigger);
    return staysPut;
  }

  /** Below take-profit nothing happens; at or above it, nothing happens only while paused. */
  private static boolean takeProfitStaysPut(
      RuleEvaluator.Inputs in, Ratio rate, RateInterval rates) {
    Optional<Ratio> takeProfit = in.settings().takeProfit();
    if (takeProfit.isEmpty()) {
      return true;
    }
    if (rate.isLessThan(takeProfit.get())) {
      rates.below(takeProfit.get());
      return true;
    }
    rates.atLeast(takeProfit.get());
    return in.slot().paused();
  }

  /**
   * The tier stays {@code level} while the rate is above the next deeper tier's threshold (which
   * would be entered) and at most this tier's threshold plus the hysteresis (beyond which it is
   * left).
   */
  private static void alertTierStaysPut(
      AlertThresholds thresholds, AlertLevel level, RateInterval rates) {
    level.threshold(thresholds).ifPresent(t -> rates.atMost(t.plus(thresholds.hysteresis())));
    if (level != AlertLevel.CRITICAL) {
      AlertLevel deeper = AlertLevel.values()[level.ordinal() + 1];
      deeper.threshold(thresholds).ifPresent(rates::above);
    }
  }

  /**
   * Inverts the profit rate {@code r = lever·(M − E)/E} (long) or {@code lever·(E − M)/E} (short)
   * for the mark {@code M}, narrows the result by {@link #MARGIN}, and checks that the mark just
   * evaluated lies inside.
   */
  private static QuietBand toPrices(
      RuleEvaluator.Inputs in,
      PositionSnapshot position,
      PositionBook.Mark mark,
      Ratio rate,
      RateInterval rates) {
    double entry = position.averagePrice().value().doubleValue();
    double lever = position.leverage().value().doubleValue();
    boolean isLong = position.side() == PositionSide.LONG;
    double atLowRate = priceAt(entry, lever, isLong, rates.low);
    double atHighRate = priceAt(entry, lever, isLong, rates.high);
    double lowest = narrowedUp(isLong ? atLowRate : atHighRate, entry);
    double highest = narrowedDown(isLong ? atHighRate : atLowRate, entry);
    double price = mark.price().value().doubleValue();
    if (!(price > lowest && price < highest)) {
      return null;
    }
    return new QuietBand(
        in.slot(), in.settings(), position, in.spec(), lowest, highest, mark, rate);
  }

  /** The mark at which the profit rate is {@code rate}; infinite rates give infinite prices. */
  private static double priceAt(double entry, double lever, boolean isLong, double rate) {
    double move = entry * (rate / lever);
    return isLong ? entry + move : entry - move;
  }

  private static double narrowedUp(double bound, double entry) {
    return Double.isInfinite(bound) ? bound : bound + MARGIN * Math.max(entry, Math.abs(bound));
  }

  private static double narrowedDown(double bound, double entry) {
    return Double.isInfinite(bound) ? bound : bound - MARGIN * Math.max(entry, Math.abs(bound));
  }

  /**
   * The profit rates that keep every rule where it is. Whether each end is open or closed does not
   * matter: the price band is narrowed inside it anyway.
   */
  private static final class RateInterval {
    double low = Double.NEGATIVE_INFINITY;
    double high = Double.POSITIVE_INFINITY;

    void above(Ratio bound) {
      low = Math.max(low, bound.value().doubleValue());
    }

    void atLeast(Ratio bound) {
      above(bound);
    }

    void below(Ratio bound) {
      high = Math.min(high, bound.value().doubleValue());
    }

    void atMost(Ratio bound) {
      below(bound);
    }
  }
}
