package io.anchorkeeper.okx.emulator.fault;

import java.util.Locale;
import java.util.Optional;

/** What a fault rule does to the requests (or WebSocket connections) it matches. */
public enum FaultType {
  /** Delays the answer by {@code latencyMs}; combines with any other fault. */
  LATENCY,
  /** Answers an error instead of handling the request (default 503 / 50001). */
  HTTP_ERROR,
  /** Answers OKX's rate-limit error instead of handling the request (429 / 50011). */
  RATE_LIMIT,
  /**
   * Handles the request (an order executes), then answers an error (default 504 / 50004) after
   * holding it {@code holdMs}, or closes the connection without an answer when {@code abort}.
   */
  TIMEOUT_AFTER_EXECUTION,
  /** Drops a WebSocket connection (abruptly, no close frame) instead of a push to it. */
  WS_DROP;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<FaultType> parse(String text) {
    for (FaultType t : values()) {
      if (t.wire().equals(text)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
