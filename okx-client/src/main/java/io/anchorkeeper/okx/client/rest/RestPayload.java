package io.anchorkeeper.okx.client.rest;

import io.anchorkeeper.okx.client.json.OkxJson;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;

/**
 * What one call sends: a query string (GET) or a JSON body (POST), serialised exactly once here,
 * plus the per-item parameters that key the rate limits.
 *
 * @param items one entry per order for a batch, otherwise the single parameter set
 */
public record RestPayload(String query, String body, List<RequestParams> items) {

  public RestPayload {
    items = List.copyOf(items);
  }

  public static RestPayload query(RequestParams params) {
    return new RestPayload(params.toQueryString(), "", List.of(params));
  }

  public static RestPayload body(RequestParams params) {
    return new RestPayload("", OkxJson.write(params.toJson()), List.of(params));
  }

  /** A JSON array body, one object per item (batch orders). */
  public static RestPayload batch(List<RequestParams> items) {
    ArrayNode array = OkxJson.array();
    items.forEach(item -> array.add(item.toJson()));
    return new RestPayload("", OkxJson.write(array), items);
  }

  /** The client order id when exactly one item carries one, for error context. */
  public Optional<String> clOrdId() {
    return items.size() == 1
        ? Optional.of(items.get(0).text("clOrdId")).filter(id -> !id.isEmpty())
        : Optional.empty();
  }
}
