package io.anchorkeeper.okx.client.rest;

import io.anchorkeeper.okx.client.json.OkxFields;
import io.anchorkeeper.okx.client.json.OkxJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * OKX's response envelope {@code {"code","msg","data":[...]}}. {@code code} may arrive as a number
 * (404 bodies) and {@code data} may be missing or an object; both are tolerated.
 */
public record Envelope(String code, String msg, List<OkxFields> data) {

  public Envelope {
    data = List.copyOf(data);
  }

  /** The envelope in {@code body}, or empty when the body is not a JSON object with a code. */
  public static Optional<Envelope> parse(String body) {
    JsonNode root;
    try {
      root = OkxJson.parse(body);
    } catch (JacksonException e) {
      return Optional.empty();
    }
    if (root == null || !root.isObject() || root.get("code") == null) {
      return Optional.empty();
    }
    OkxFields fields = OkxFields.of(root);
    List<OkxFields> items = new ArrayList<>();
    JsonNode data = root.get("data");
    if (data != null && data.isArray()) {
      data.values().forEach(item -> items.add(OkxFields.of(item)));
    }
    return Optional.of(new Envelope(fields.text("code"), fields.text("msg"), items));
  }

  /** "0" everything succeeded; "1" everything failed; "2" a batch partly succeeded. */
  public boolean carriesItemOutcomes() {
    return code.equals("0") || code.equals("1") || code.equals("2");
  }
}
