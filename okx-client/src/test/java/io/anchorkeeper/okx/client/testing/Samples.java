package io.anchorkeeper.okx.client.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OKX response samples copied from shared/okx-samples into the test resources. */
public final class Samples {
  private Samples() {}

  public static String read(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/okx-samples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No sample " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
