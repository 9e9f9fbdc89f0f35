package io.anchorkeeper.core.journal;

import io.anchorkeeper.core.value.Leverage;
import java.time.Instant;
import java.util.Objects;

/** The slot side's leverage was set. Setting it again is harmless, so no "about to" event. */
public record LeverageSet(Leverage leverage, Instant at) implements JournalEvent {

  public LeverageSet {
    Objects.requireNonNull(leverage, "leverage must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }
}
