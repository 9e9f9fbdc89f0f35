package io.anchorkeeper.app.persistence.json;

import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a value type from one JSON string through the type's own parser, so the type's validation
 * applies to stored data as it does to fresh input. A JSON number is refused: decimals are stored
 * as strings to keep their full precision and scale.
 */
final class TextValueDeserializer<T> extends StdDeserializer<T> {

  private final Class<T> type;
  private final Function<String, ? extends T> fromText;

  TextValueDeserializer(Class<T> type, Function<String, ? extends T> fromText) {
    super(type);
    this.type = type;
    this.fromText = Objects.requireNonNull(fromText, "fromText must not be null");
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      return context.reportInputMismatch(
          type,
          "%s must be stored as a JSON string, was %s",
          type.getSimpleName(),
          parser.currentToken());
    }
    String text = parser.getString();
    try {
      return fromText.apply(text);
    } catch (IllegalArgumentException e) {
      throw context.weirdStringException(text, type, e.getMessage());
    }
  }
}
