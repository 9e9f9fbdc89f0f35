package io.anchorkeeper.okx.client.rest;

import io.anchorkeeper.okx.client.json.OkxJson;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;

/**
 * What one call sends: a query string (GET) or a JSON body (POST), serialised exactly once here,
 * plus the per-item parameters that key the rate limits, and extra request headers that are not
 * signed (OKX signs only timestamp, method, path and body).
 *
 * @param items one entry per order for a batch, otherwise the single parameter set
 * @param headers extra headers, such as {@code expTime}
 */
public record RestPayload(
    String query, String body, List<RequestParams> items, Map<String, String> headers) {

  /** OKX's request deadline header for placing (and amending) orders, epoch milliseconds. */
  public static final String EXP_TIME = "expTime";

  public RestPayload {
    items = List.copyOf(items);
    headers = Map.copyOf(headers);
  }

  public static RestPayload query(RequestParams params) {
    return new RestPayload(params.toQueryString(), "", List.of(params), Map.of());
  }

  public static RestPayload body(RequestParams params) {
    return new RestPayload("", OkxJson.write(params.toJson()), List.of(params), Map.of());
  }

  /** A JSON array body, one object per item (batch orders). */
  public static RestPayload batch(List<RequestParams> items) {
    ArrayNode array = OkxJson.array();
    items.forEach(item -> array.add(item.toJson()));
    return new RestPayload("", OkxJson.write(array), items, Map.of());
  }

  /**
   * The same payload with OKX's {@code expTime} header: OKX drops the request (50036/50037, never
   * executed) when it arrives after {@code deadline}.
   */
  public RestPayload withExpTime(Instant deadline) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(EXP_TIME, Long.toString(deadline.toEpochMilli()));
    return new RestPayload(query, body, items, more);
  }

  /** The client order id when exactly one item carries one, for error context. */
  public Optional<String> clOrdId() {
    return items.size() == 1
        ? Optional.of(items.get(0).text("clOrdId")).filter(id -> !id.isEmpty())
        : Optional.empty();
  }
}
