package io.anchorkeeper.okx.emulator.json;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper of the emulator. Floats are read as BigDecimal so no value passes a double.
 */
public final class Json {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private Json() {}

  /** Parses JSON text; empty when the text is not valid JSON. */
  public static Optional<JsonNode> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.readTree(text));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  /** Writes maps, lists, strings, numbers and booleans as compact JSON. */
  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }
}
