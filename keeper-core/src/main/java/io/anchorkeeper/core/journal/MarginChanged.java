package io.anchorkeeper.core.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * The margin change of {@code step} took effect.
 *
 * @param inferred true when a resumed run concluded it from the position's margin rather than from
 *     the exchange's answer
 */
public record MarginChanged(int step, boolean inferred, Instant at) implements JournalEvent {

  public MarginChanged {
    Objects.requireNonNull(at, "at must not be null");
  }
}
