package io.anchorkeeper.core.correction;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.margin.MarginBand;
import io.anchorkeeper.core.margin.MarginCalculator;
import io.anchorkeeper.core.plan.PlanInputs;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.RoundingMode;

/**
 * Plans one margin-correction step (SPEC 3.4). The runner applies it, re-reads the position and
 * asks again, back to back, until the answer is {@link CorrectionDecision.InBand} or {@link
 * CorrectionDecision.CannotCorrect}; after a 59301 refusal it asks again with {@link
 * StepCap#afterRefusal()}.
 */
public final class MarginCorrectionPlanner {

  private MarginCorrectionPlanner() {}

  /**
   * Judges the position's margin against the band for the slot's current count and picks the next
   * step:
   *
   * <ul>
   *   <li>too much: reduce by min(excess over the target, reducible, step cap), where reducible is
   *       margin − (maintenance margin + {@code safety_buffer}), rounded down to the cent so no
   *       reduction exceeds what is allowed;
   *   <li>too little: add min(shortfall to the target rounded up to the cent, free balance and step
   *       cap both rounded down to the cent).
   * </ul>
   *
   * The maintenance margin is the larger of the exchange's figure and the core's estimate at {@code
   * mark} (tier rate, or {@code fallback_mmr} without tier data): the stricter one wins.
   */
  public static CorrectionAssessment assess(
      AnchorSlot slot,
      PositionSnapshot position,
      InstrumentSpec spec,
      Price mark,
      AnchorSettings settings,
      Usdt freeBalance,
      StepCap cap) {
    PlanInputs.requireSameSlot(slot.id(), position, spec);
    MarginBand band = settings.marginBand(slot.kind(), slot.maintenanceCount());
    Usdt margin = position.margin();
    Ratio deviation = band.deviation(margin);
    boolean alert = deviation.isGreaterThan(settings.marginAlertDeviation());
    CorrectionDecision decision;
    if (band.contains(margin)) {
      decision = new CorrectionDecision.InBand();
    } else if (margin.isGreaterThan(band.upper())) {
      decision = reduce(margin, band, minimumMargin(position, spec, mark, settings), cap);
    } else {
      decision = add(margin, band, freeBalance, cap);
    }
    return new CorrectionAssessment(margin, band, deviation, alert, decision);
  }

  /** Maintenance margin + {@code safety_buffer}: the least margin a reduction may leave. */
  public static Usdt minimumMargin(
      PositionSnapshot position, InstrumentSpec spec, Price mark, AnchorSettings settings) {
    Contracts size = position.size();
    Ratio rate = MarginCalculator.maintenanceRate(spec, size, settings.fallbackMmr());
    Usdt estimated = MarginCalculator.maintenanceMargin(spec, size, mark, rate);
    return estimated.max(position.maintenanceMargin()).plus(settings.safetyBuffer());
  }

  private static CorrectionDecision reduce(
      Usdt margin, MarginBand band, Usdt minimumMargin, StepCap cap) {
    Usdt excess = margin.minus(band.target());
    Usdt reducible = margin.minus(minimumMargin);
    Usdt amount = excess.min(reducible).min(cap.current()).rounded(2, RoundingMode.DOWN);
    if (!amount.isPositive()) {
      return new CorrectionDecision.CannotCorrect(
          "margin "
              + margin.toCentsString()
              + " is above the band "
              + band.describe()
              + " but must stay at least "
              + minimumMargin.toCentsString()
              + " (maintenance margin + safety buffer); nothing can be reduced");
    }
    return new CorrectionDecision.Reduce(amount);
  }

  private static CorrectionDecision add(
      Usdt margin, MarginBand band, Usdt freeBalance, StepCap cap) {
    Usdt shortfall = band.target().minus(margin).rounded(2, RoundingMode.UP);
    Usdt amount =
        shortfall
            .min(freeBalance.rounded(2, RoundingMode.DOWN))
            .min(cap.current().rounded(2, RoundingMode.DOWN));
    if (!amount.isPositive()) {
      return new CorrectionDecision.CannotCorrect(
          "margin "
              + margin.toCentsString()
              + " is below the band "
              + band.describe()
              + " but the free balance is "
              + freeBalance.toCentsString()
              + "; nothing can be added");
    }
    return new CorrectionDecision.Add(amount);
  }
}
