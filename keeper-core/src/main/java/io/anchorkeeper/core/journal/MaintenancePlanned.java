package io.anchorkeeper.core.journal;

import io.anchorkeeper.core.margin.MarginBand;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A maintenance passed its pre-check and fixed its first two steps. A resumed run trades these
 * sizes, not sizes recomputed at a later mark.
 *
 * @param oldSize step 1: the whole old position
 * @param openSize step 2: the new position
 * @param leverage the side's leverage
 * @param closeFraction a normal maintenance's trim fraction
 * @param keepBand a super maintenance's target margin band for the trim
 * @param mark the mark price the plan was made at
 * @param freeBalance the account's free USDT then
 * @param preCheck the pre-check's arithmetic, for the record
 */
public record MaintenancePlanned(
    Contracts oldSize,
    Contracts openSize,
    Leverage leverage,
    Optional<Ratio> closeFraction,
    Optional<MarginBand> keepBand,
    Price mark,
    Usdt freeBalance,
    String preCheck,
    Instant at)
    implements JournalEvent {

  public MaintenancePlanned {
    Objects.requireNonNull(oldSize, "oldSize must not be null");
    Objects.requireNonNull(openSize, "openSize must not be null");
    Objects.requireNonNull(leverage, "leverage must not be null");
    Objects.requireNonNull(closeFraction, "closeFraction must not be null");
    Objects.requireNonNull(keepBand, "keepBand must not be null");
    Objects.requireNonNull(mark, "mark must not be null");
    Objects.requireNonNull(freeBalance, "freeBalance must not be null");
    Objects.requireNonNull(preCheck, "preCheck must not be null");
    Objects.requireNonNull(at, "at must not be null");
    if (closeFraction.isPresent() == keepBand.isPresent()) {
      throw new IllegalArgumentException(
          "a maintenance trims either by close fraction (normal) or to a band (super)");
    }
  }
}
