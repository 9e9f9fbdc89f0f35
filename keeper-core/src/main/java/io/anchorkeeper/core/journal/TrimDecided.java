package io.anchorkeeper.core.journal;

import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A maintenance fixed its step 3 from what step 2 filled.
 *
 * @param trimSize contracts to close, empty when nothing is trimmed
 * @param remaining contracts meant to remain
 * @param note why nothing is trimmed, or why the remainder misses the band; empty when neither
 * @param mark the mark price the trim was sized at
 */
public record TrimDecided(
    Optional<Contracts> trimSize,
    Contracts remaining,
    Optional<String> note,
    Price mark,
    Instant at)
    implements JournalEvent {

  public TrimDecided {
    Objects.requireNonNull(trimSize, "trimSize must not be null");
    Objects.requireNonNull(remaining, "remaining must not be null");
    Objects.requireNonNull(note, "note must not be null");
    Objects.requireNonNull(mark, "mark must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }
}
