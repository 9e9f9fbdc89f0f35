package io.anchorkeeper.okx.emulator.wire;

import io.anchorkeeper.okx.emulator.engine.Errors;
import io.anchorkeeper.okx.emulator.engine.OkxError;
import java.util.Optional;

/**
 * OKX's request deadline for placing orders: the {@code expTime} header (REST {@code trade/order}
 * and {@code batch-orders}) or field (WebSocket {@code order} and {@code batch-orders}), epoch
 * milliseconds. A request that arrives after its deadline is refused as a whole, every item with
 * 50036, and nothing of it executes; so a client that stamped it can tell, once the deadline has
 * passed, that a request the exchange does not know will never execute.
 */
public final class ExpTime {

  private ExpTime() {}

  /**
   * The refusal for a request with this deadline arriving at {@code nowMillis}: 50036 once now is
   * after the deadline, 51000 for a deadline that is not a whole number; empty when the request may
   * be processed (also when it carries no deadline).
   */
  public static Optional<OkxError> refusal(Optional<String> expTime, long nowMillis) {
    Optional<String> text = expTime.map(String::trim).filter(t -> !t.isEmpty());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    long deadline;
    try {
      deadline = Long.parseLong(text.get());
    } catch (NumberFormatException e) {
      return Optional.of(Errors.param("expTime"));
    }
    return nowMillis > deadline ? Optional.of(Errors.expired()) : Optional.empty();
  }
}
