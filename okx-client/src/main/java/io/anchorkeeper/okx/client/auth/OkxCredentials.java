package io.anchorkeeper.okx.client.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One OKX API key with its secret and passphrase. The secret never leaves this package: callers get
 * signatures, never the secret, and {@link #toString()} shows only a masked key.
 */
public final class OkxCredentials {
  private final String apiKey;
  private final String secretKey;
  private final String passphrase;

  private OkxCredentials(String apiKey, String secretKey, String passphrase) {
    this.apiKey = requireText(apiKey, "apiKey");
    this.secretKey = requireText(secretKey, "secretKey");
    this.passphrase = requireText(passphrase, "passphrase");
  }

  public static OkxCredentials of(String apiKey, String secretKey, String passphrase) {
    return new OkxCredentials(apiKey, secretKey, passphrase);
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** The API key as sent in {@code OK-ACCESS-KEY}; it identifies, it does not authenticate. */
  public String apiKey() {
    return apiKey;
  }

  String passphrase() {
    return passphrase;
  }

  /** Base64(HMAC-SHA256(secret, prehash)), OKX's signature for REST and WebSocket login. */
  public String sign(String prehash) {
    return HmacSha256.base64(secretKey, prehash);
  }

  /** The key with all but its first and last four characters hidden. */
  public String maskedKey() {
    if (apiKey.length() <= 8) {
      return "****";
    }
    return apiKey.substring(0, 4) + "****" + apiKey.substring(apiKey.length() - 4);
  }

  /**
   * A stable, non-reversible name for this key, used to key per-account rate-limit budgets without
   * keeping the key itself in limiter tables or metrics.
   */
  public String budgetKey() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OkxCredentials that
        && apiKey.equals(that.apiKey)
        && secretKey.equals(that.secretKey)
        && passphrase.equals(that.passphrase);
  }

  @Override
  public int hashCode() {
    return apiKey.hashCode();
  }

  @Override
  public String toString() {
    return "OkxCredentials[apiKey=" + maskedKey() + ", secretKey=****, passphrase=****]";
  }
}
