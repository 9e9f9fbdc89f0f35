package io.anchorkeeper.okx.client.auth;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OKX REST authentication headers for one request. The prehash is {@code timestamp + METHOD +
 * requestPath(+query exactly as sent) + body(exactly as sent)}.
 */
public final class RestSignature {
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private RestSignature() {}

  /** ISO-8601 UTC with milliseconds, e.g. {@code 2020-12-08T09:08:57.715Z}. */
  public static String timestamp(Instant instant) {
    return ISO_MILLIS.format(instant);
  }

  /** The string OKX signs; exposed so tests can check it against the documented vectors. */
  public static String prehash(String timestamp, String method, String requestPath, String body) {
    return timestamp + method + requestPath + body;
  }

  /**
   * The four {@code OK-ACCESS-*} headers, in send order. The map holds the passphrase: send it,
   * never log it.
   */
  public static Map<String, String> headers(
      OkxCredentials credentials,
      Instant now,
      String method,
      String requestPathWithQuery,
      String body) {
    String timestamp = timestamp(now);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("OK-ACCESS-KEY", credentials.apiKey());
    headers.put(
        "OK-ACCESS-SIGN", credentials.sign(prehash(timestamp, method, requestPathWithQuery, body)));
    headers.put("OK-ACCESS-TIMESTAMP", timestamp);
    headers.put("OK-ACCESS-PASSPHRASE", credentials.passphrase());
    return headers;
  }
}
