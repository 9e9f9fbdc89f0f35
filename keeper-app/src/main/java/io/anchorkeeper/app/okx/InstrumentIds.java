package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.instrument.InstrumentId;
import java.util.Optional;

/** OKX's {@code instId} strings as the core's ids, parsed at the edge. */
final class InstrumentIds {

  private InstrumentIds() {}

  /** The id of a perpetual swap; empty for anything else (spot, futures, options, odd ids). */
  static Optional<InstrumentId> parse(String instId) {
    try {
      return Optional.of(InstrumentId.of(instId));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
