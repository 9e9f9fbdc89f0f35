package io.anchorkeeper.core.journal;

import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An auto-open fixed its leverage change (if any) and its size. */
public record AutoOpenPlanned(
    Optional<Leverage> setLeverage, Contracts size, Price mark, Instant at)
    implements JournalEvent {

  public AutoOpenPlanned {
    Objects.requireNonNull(setLeverage, "setLeverage must not be null");
    Objects.requireNonNull(size, "size must not be null");
    Objects.requireNonNull(mark, "mark must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }
}
