package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.rest.RequestParams;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters and paging for {@code orders-pending}, {@code orders-history}, {@code fills} and {@code
 * fills-history}. {@code after}/{@code before} are OKX's pagination cursors (order id or bill id),
 * {@code begin}/{@code end} epoch milliseconds, {@code limit} at most 100.
 */
public record HistoryQuery(
    String instType,
    Optional<String> instId,
    Optional<String> ordId,
    Optional<String> after,
    Optional<String> before,
    Optional<Long> begin,
    Optional<Long> end,
    Optional<Integer> limit) {

  public HistoryQuery {
    Objects.requireNonNull(instType);
    limit.ifPresent(
        l -> {
          if (l < 1 || l > 100) {
            throw new IllegalArgumentException("limit must be 1 to 100: " + l);
          }
        });
  }

  /** All perpetual swaps, first page. */
  public static HistoryQuery swaps() {
    return new HistoryQuery(
        "SWAP",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public HistoryQuery withInstId(String value) {
    return new HistoryQuery(instType, Optional.of(value), ordId, after, before, begin, end, limit);
  }

  public HistoryQuery withOrdId(String value) {
    return new HistoryQuery(instType, instId, Optional.of(value), after, before, begin, end, limit);
  }

  /** Records older than the cursor (the next page). */
  public HistoryQuery withAfter(String cursor) {
    return new HistoryQuery(
        instType, instId, ordId, Optional.of(cursor), before, begin, end, limit);
  }

  public HistoryQuery withLimit(int value) {
    return new HistoryQuery(instType, instId, ordId, after, before, begin, end, Optional.of(value));
  }

  public RequestParams toParams() {
    return RequestParams.create()
        .put("instType", instType)
        .putIfPresent("instId", instId)
        .putIfPresent("ordId", ordId)
        .putIfPresent("after", after)
        .putIfPresent("before", before)
        .putIfPresent("begin", begin)
        .putIfPresent("end", end)
        .putIfPresent("limit", limit);
  }
}
