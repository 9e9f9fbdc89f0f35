package io.anchorkeeper.core.journal;

import io.anchorkeeper.core.port.RejectReason;
import java.time.Instant;
import java.util.Objects;

/** The exchange refused the margin change of {@code step}; the margin did not move. */
public record MarginChangeRefused(
    int step, RejectReason reason, String code, String message, Instant at)
    implements JournalEvent {

  public MarginChangeRefused {
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(message, "message must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }

  public String describe() {
    return code + " " + message;
  }
}
