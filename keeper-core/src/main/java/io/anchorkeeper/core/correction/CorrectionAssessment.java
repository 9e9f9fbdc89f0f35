package io.anchorkeeper.core.correction;

import io.anchorkeeper.core.margin.MarginBand;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.util.Objects;

/**
 * A slot's margin judged against its band, and the next correction step.
 *
 * @param margin the position's isolated margin now
 * @param band the target margin and its band
 * @param deviation how far the margin lies from the target, as a fraction of it
 * @param alert true when the deviation exceeds {@code margin_alert_deviation} (20%)
 * @param decision the next step
 */
public record CorrectionAssessment(
    Usdt margin, MarginBand band, Ratio deviation, boolean alert, CorrectionDecision decision) {

  public CorrectionAssessment {
    Objects.requireNonNull(margin, "margin must not be null");
    Objects.requireNonNull(band, "band must not be null");
    Objects.requireNonNull(deviation, "deviation must not be null");
    Objects.requireNonNull(decision, "decision must not be null");
  }
}
