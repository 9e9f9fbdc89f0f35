package io.anchorkeeper.okx.client.rest;

import io.anchorkeeper.okx.client.json.OkxJson;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ordered request parameters. Decimals are written in plain notation, never rounded here: the
 * caller decides the scale. Absent optionals are left out, as OKX expects.
 */
public final class RequestParams {
  private final Map<String, Object> values = new LinkedHashMap<>();

  public static RequestParams create() {
    return new RequestParams();
  }

  public RequestParams put(String name, String value) {
    values.put(name, value);
    return this;
  }

  public RequestParams put(String name, BigDecimal value) {
    values.put(name, value.toPlainString());
    return this;
  }

  public RequestParams put(String name, boolean value) {
    values.put(name, value);
    return this;
  }

  public RequestParams putIfPresent(String name, Optional<?> value) {
    value.ifPresent(
        v -> values.put(name, v instanceof BigDecimal decimal ? decimal.toPlainString() : v));
    return this;
  }

  /** The value as text, or {@code ""} when absent; used to key per-instrument limits. */
  public String text(String name) {
    Object value = values.get(name);
    return value == null ? "" : value.toString();
  }

  /** {@code a=1&b=2}, each name and value percent-encoded as sent on the wire. */
  public String toQueryString() {
    StringBuilder query = new StringBuilder();
    values.forEach(
        (name, value) -> {
          if (query.length() > 0) {
            query.append('&');
          }
          query
              .append(PercentEncoding.encode(name))
              .append('=')
              .append(PercentEncoding.encode(value.toString()));
        });
    return query.toString();
  }

  /** The parameters as a JSON object; booleans stay JSON booleans, everything else is text. */
  public ObjectNode toJson() {
    ObjectNode node = OkxJson.object();
    values.forEach(
        (name, value) -> {
          if (value instanceof Boolean bool) {
            node.put(name, bool);
          } else {
            node.put(name, value.toString());
          }
        });
    return node;
  }
}
