package io.anchorkeeper.core.journal;

import io.anchorkeeper.core.port.MarginChange;
import io.anchorkeeper.core.value.Usdt;
import java.time.Instant;
import java.util.Objects;

/**
 * A margin change is about to be sent. Margin changes carry no client id, so a resumed run decides
 * whether it took effect from the position's margin compared with {@code marginBefore}.
 */
public record MarginChangeSubmitted(int step, MarginChange change, Usdt marginBefore, Instant at)
    implements JournalEvent {

  public MarginChangeSubmitted {
    Objects.requireNonNull(change, "change must not be null");
    Objects.requireNonNull(marginBefore, "marginBefore must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }
}
