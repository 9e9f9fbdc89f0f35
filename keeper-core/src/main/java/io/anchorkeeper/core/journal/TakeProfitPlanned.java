package io.anchorkeeper.core.journal;

import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Ratio;
import java.time.Instant;
import java.util.Objects;

/** A take-profit fixed its size at the profit rate that triggered it. */
public record TakeProfitPlanned(
    Contracts positionSize, Contracts closeSize, boolean fullClose, Ratio profitRate, Instant at)
    implements JournalEvent {

  public TakeProfitPlanned {
    Objects.requireNonNull(positionSize, "positionSize must not be null");
    Objects.requireNonNull(closeSize, "closeSize must not be null");
    Objects.requireNonNull(profitRate, "profitRate must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }
}
