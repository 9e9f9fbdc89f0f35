package io.anchorkeeper.app.web.history;

import io.anchorkeeper.app.engine.SlotView;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A slot's position at one moment, for its chart.
 *
 * @param profitRate the profit rate the engine judged the slot by (absent before the first mark)
 * @param mark the mark price the position was valued at
 */
public record SlotSample(
    SlotId slot,
    Instant at,
    Optional<Ratio> profitRate,
    Usdt margin,
    Contracts size,
    Optional<Price> mark) {

  public SlotSample {
    Objects.requireNonNull(slot, "slot must not be null");
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(profitRate, "profitRate must not be null");
    Objects.requireNonNull(margin, "margin must not be null");
    Objects.requireNonNull(size, "size must not be null");
    Objects.requireNonNull(mark, "mark must not be null");
  }

  /** True when both samples hold the same rate, margin, size and mark (their times aside). */
  public boolean sameFigures(SlotSample other) {
    return profitRate.equals(other.profitRate)
        && margin.equals(other.margin)
        && size.equals(other.size)
        && mark.equals(other.mark);
  }

  /** The sample of a slot holding a position; empty when it holds none. */
  public static Optional<SlotSample> of(SlotView view, Instant at) {
    return view.position()
        .map(
            (PositionSnapshot p) ->
                new SlotSample(
                    view.config().id(),
                    at,
                    view.profitRate(),
                    p.margin(),
                    p.size(),
                    Optional.of(p.markPrice())));
  }
}
