package io.anchorkeeper.app.persistence;

import java.time.Instant;
import java.util.Optional;

/** The limits every list query shares: a row limit and a half-open time range. */
final class QueryBounds {

  /** The most rows one query returns. */
  static final int MAX_LIMIT = 1000;

  private QueryBounds() {}

  static void requireLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
  }

  static void requireRange(Optional<Instant> from, Optional<Instant> until) {
    if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
      throw new IllegalArgumentException(
          "from must be before until, was " + from.get() + " to " + until.get());
    }
  }
}
