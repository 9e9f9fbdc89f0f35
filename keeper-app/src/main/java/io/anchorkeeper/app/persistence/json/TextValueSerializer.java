package io.anchorkeeper.app.persistence.json;

import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a value type as one JSON string: an id, a name, or a decimal in plain notation. */
final class TextValueSerializer<T> extends StdSerializer<T> {

  private final Function<? super T, String> toText;

  TextValueSerializer(Class<T> type, Function<? super T, String> toText) {
    super(type);
    this.toText = Objects.requireNonNull(toText, "toText must not be null");
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializationContext context) {
    generator.writeString(toText.apply(value));
  }
}
