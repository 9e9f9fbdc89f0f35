package io.anchorkeeper.okx.emulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OKX's signature: Base64(HMAC-SHA256(key = the secret's UTF-8 bytes as typed, message = the
 * prehash's UTF-8 bytes)).
 */
public final class HmacSigner {

  private static final String ALGORITHM = "HmacSHA256";

  private HmacSigner() {}

  public static String sign(String secret, String prehash) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** Compares a received signature with the expected one in constant time. */
  public static boolean matches(String expected, String received) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8));
  }

  /** REST prehash: timestamp + METHOD + request path with its query as sent + raw body. */
  public static String restPrehash(
      String timestamp, String method, String pathAndQuery, String body) {
    return timestamp + method + pathAndQuery + (body == null ? "" : body);
  }

  /** WebSocket login prehash: timestamp (seconds) + "GET" + "/users/self/verify". */
  public static String wsLoginPrehash(String timestampSeconds) {
    return timestampSeconds + "GET/users/self/verify";
  }
}
