package io.anchorkeeper.okx.client.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What OKX checks on a signed request, implemented independently of the production code: the
 * signature over the request as received, and the timestamp within 30 s of server time.
 */
public final class OkxAuthCheck {
  private OkxAuthCheck() {}

  public static String hmac(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The OKX error body for a request that fails authentication, or empty when it passes. */
  public static Optional<String> failure(FakeOkxServer.Received request, long serverNowMillis) {
    String timestamp = request.header("OK-ACCESS-TIMESTAMP");
    String expected =
        hmac(
            TestConfigs.SECRET,
            timestamp + request.method() + request.rawTarget() + request.body());
    if (!expected.equals(request.header("OK-ACCESS-SIGN"))) {
      return Optional.of("{\"msg\":\"Invalid Sign\",\"code\":\"50113\"}");
    }
    if (!request.header("OK-ACCESS-PASSPHRASE").equals(TestConfigs.PASSPHRASE)) {
      return Optional.of("{\"msg\":\"Invalid passphrase\",\"code\":\"50105\"}");
    }
    long sent = Instant.parse(timestamp).toEpochMilli();
    if (Math.abs(serverNowMillis - sent) > 30_000) {
      return Optional.of("{\"msg\":\"Timestamp request expired\",\"code\":\"50102\"}");
    }
    return Optional.empty();
  }

  /** Answers {@code success} when the request passes OKX's checks, else 401 with the error. */
  public static FakeOkxServer.Reply guarded(
      FakeOkxServer server, FakeOkxServer.Received request, String success) {
    return failure(request, server.nowMillis())
        .map(error -> FakeOkxServer.Reply.of(401, error))
        .orElse(FakeOkxServer.Reply.ok(success));
  }
}
