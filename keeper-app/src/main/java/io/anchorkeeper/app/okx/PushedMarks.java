package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.value.Price;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The latest mark price pushed for each instrument and when it arrived, so that a procedure that
 * needs the mark between two orders (a super maintenance's trim) takes it from the feed instead of
 * spending a round trip on {@code public/mark-price}. A mark older than {@code maxAge} is not
 * answered: the caller then reads it over REST.
 */
final class PushedMarks {

  private record Seen(Price price, long atNanos) {}

  private final Map<InstrumentId, Seen> marks = new ConcurrentHashMap<>();
  private final long maxAgeNanos;
  private final LongSupplier nanoTime;

  PushedMarks(Duration maxAge, LongSupplier nanoTime) {
    this.maxAgeNanos = maxAge.toNanos();
    this.nanoTime = nanoTime;
  }

  void pushed(InstrumentId instrument, Price mark) {
    marks.put(instrument, new Seen(mark, nanoTime.getAsLong()));
  }

  /** The pushed mark if it arrived within {@code maxAge}. */
  Optional<Price> fresh(InstrumentId instrument) {
    Seen seen = marks.get(instrument);
    if (seen == null || nanoTime.getAsLong() - seen.atNanos() > maxAgeNanos) {
      return Optional.empty();
    }
    return Optional.of(seen.price());
  }
}
