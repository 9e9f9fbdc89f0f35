package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.rest.RequestParams;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of the candle endpoints. {@code bar} e.g. {@code 1m}, {@code 1H}, {@code 1Dutc};
 * {@code after} returns bars older than that time (paging backwards), {@code before} newer ones.
 */
public record CandleQuery(
    String instId, String bar, Optional<Instant> after, Optional<Instant> before, int limit) {

  public CandleQuery {
    Objects.requireNonNull(instId);
    Objects.requireNonNull(bar);
    if (limit < 1 || limit > 300) {
      throw new IllegalArgumentException("limit must be 1 to 300: " + limit);
    }
  }

  /** The newest {@code limit} bars. */
  public static CandleQuery latest(String instId, String bar, int limit) {
    return new CandleQuery(instId, bar, Optional.empty(), Optional.empty(), limit);
  }

  public CandleQuery withAfter(Instant time) {
    return new CandleQuery(instId, bar, Optional.of(time), before, limit);
  }

  public RequestParams toParams() {
    return RequestParams.create()
        .put("instId", instId)
        .put("bar", bar)
        .putIfPresent("after", after.map(t -> Long.toString(t.toEpochMilli())))
        .putIfPresent("before", before.map(t -> Long.toString(t.toEpochMilli())))
        .put("limit", Integer.toString(limit));
  }
}
