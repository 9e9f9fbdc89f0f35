package io.anchorkeeper.okx.emulator.json;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a JSON object in field order; decimals become OKX strings, longs become strings. */
public final class JsonObj {

  private final Map<String, Object> fields = new LinkedHashMap<>();

  public static JsonObj create() {
    return new JsonObj();
  }

  /** A string field; null becomes "". */
  public JsonObj str(String name, String value) {
    fields.put(name, value == null ? "" : value);
    return this;
  }

  /** A decimal as an OKX string; null becomes "". */
  public JsonObj num(String name, BigDecimal value) {
    fields.put(name, Num.str(value));
    return this;
  }

  /** A millisecond timestamp (or other integer) as a string, as OKX writes them. */
  public JsonObj ts(String name, long value) {
    fields.put(name, Long.toString(value));
    return this;
  }

  /** Any JSON value (map, list, boolean, number) as is. */
  public JsonObj raw(String name, Object value) {
    fields.put(name, value);
    return this;
  }

  public Map<String, Object> map() {
    return fields;
  }
}
