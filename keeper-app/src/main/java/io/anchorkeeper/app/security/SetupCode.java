package io.anchorkeeper.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one-time code of the first-run setup link: 192 random bits, compared in constant time. {@code
 * toString} never shows it; only {@link FirstRunSetup} prints it, once, in the setup link.
 */
final class SetupCode {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  private SetupCode(String value) {
    this.value = value;
  }

  static SetupCode random() {
    byte[] raw = new byte[24];
    RANDOM.nextBytes(raw);
    return new SetupCode(Base64.getUrlEncoder().withoutPadding().encodeToString(raw));
  }

  /** The code as the link carries it (URL-safe characters only). */
  String value() {
    return value;
  }

  boolean matches(String presented) {
    return presented != null
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "SetupCode[***]";
  }
}
