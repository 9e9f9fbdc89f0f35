package io.anchorkeeper.core.journal;

import io.anchorkeeper.core.id.ClientOrderId;
import io.anchorkeeper.core.port.RejectReason;
import java.time.Instant;
import java.util.Objects;

/** The exchange refused an order; nothing of it executed. */
public record OrderRejected(
    int step,
    ClientOrderId clientOrderId,
    RejectReason reason,
    String code,
    String message,
    Instant at)
    implements JournalEvent {

  public OrderRejected {
    Objects.requireNonNull(clientOrderId, "clientOrderId must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(message, "message must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }

  /** e.g. {@code "51008 Insufficient USDT margin"}. */
  public String describe() {
    return code + " " + message;
  }
}
