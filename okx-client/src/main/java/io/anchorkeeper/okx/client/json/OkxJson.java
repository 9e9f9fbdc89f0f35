package io.anchorkeeper.okx.client.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the library; compact output, so a body is serialised exactly once. */
public final class OkxJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private OkxJson() {}

  /**
   * Parses a JSON text.
   *
   * @throws tools.jackson.core.JacksonException when the text is not JSON
   */
  public static JsonNode parse(String text) {
    return MAPPER.readTree(text);
  }

  /** Serialises a tree without whitespace; these are the bytes that get signed and sent. */
  public static String write(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }
}
