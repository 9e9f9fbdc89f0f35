package io.anchorkeeper.okx.client.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads one OKX JSON object. OKX sends numbers as decimal strings and uses {@code ""} for "not
 * applicable"; here both a missing field and {@code ""} read as absent.
 */
public final class OkxFields {
  private final JsonNode node;

  private OkxFields(JsonNode node) {
    this.node = node;
  }

  public static OkxFields of(JsonNode node) {
    return new OkxFields(node);
  }

  /** The field as text, or {@code ""} when missing or null. Numbers read as their text. */
  public String text(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull() || value.isMissingNode() || !value.isValueNode()) {
      return "";
    }
    return value.asString();
  }

  /** The field as text; absent when missing or {@code ""}. */
  public Optional<String> optionalText(String name) {
    String value = text(name);
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /**
   * A decimal string as an exact {@link BigDecimal}; absent when missing or {@code ""}.
   *
   * @throws NumberFormatException when the field holds something that is not a number
   */
  public Optional<BigDecimal> decimal(String name) {
    return optionalText(name).map(BigDecimal::new);
  }

  /** An epoch-milliseconds field as an instant; absent when missing or {@code ""}. */
  public Optional<Instant> millis(String name) {
    return optionalText(name).map(ms -> Instant.ofEpochMilli(Long.parseLong(ms)));
  }

  /** A boolean sent either as JSON boolean or as the text "true"/"false". */
  public Optional<Boolean> bool(String name) {
    return optionalText(name).map(Boolean::parseBoolean);
  }

  /** A whole number sent either as JSON number or as text. */
  public Optional<Integer> integer(String name) {
    return optionalText(name).map(Integer::parseInt);
  }

  /** Maps every object of an array field; an absent field gives an empty list. */
  public <T> List<T> list(String name, Function<OkxFields, T> mapper) {
    JsonNode array = node.get(name);
    List<T> result = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode element : array.values()) {
        result.add(mapper.apply(of(element)));
      }
    }
    return List.copyOf(result);
  }

  /** The nested object, or an empty object when missing. */
  public OkxFields object(String name) {
    JsonNode child = node.get(name);
    return of(child != null && child.isObject() ? child : OkxJson.object());
  }

  /** This node's elements as text, for OKX's array rows (candles); empty if not an array. */
  public List<String> rowValues() {
    List<String> row = new ArrayList<>();
    if (node.isArray()) {
      node.values().forEach(value -> row.add(value.isValueNode() ? value.asString() : ""));
    }
    return List.copyOf(row);
  }

  public JsonNode node() {
    return node;
  }
}
