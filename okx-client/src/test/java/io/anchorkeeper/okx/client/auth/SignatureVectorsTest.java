package io.anchorkeeper.okx.client.auth;

import static io.anchorkeeper.okx.client.testing.TestConfigs.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.client.json.OkxJson;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The three vectors of okx-v5-facts.md section 1.3, reproduced through the production code. */
class SignatureVectorsTest {
  private static final OkxCredentials CREDENTIALS =
      OkxCredentials.of("test-api-key-1234", SECRET, "passphrase");
  private static final Instant DOC_TIME = Instant.parse("2020-12-08T09:08:57.715Z");

  @Test
  void getWithQueryStringMatchesVectorOne() {
    Map<String, String> headers =
        RestSignature.headers(CREDENTIALS, DOC_TIME, "GET", "/api/v5/account/balance?ccy=BTC", "");

    assertThat(headers)
        .containsEntry("OK-ACCESS-TIMESTAMP", "2020-12-08T09:08:57.715Z")
        .containsEntry("OK-ACCESS-SIGN", "HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=")
        .containsEntry("OK-ACCESS-KEY", "test-api-key-1234")
        .containsEntry("OK-ACCESS-PASSPHRASE", "passphrase");
  }

  @Test
  void postWithBodyMatchesVectorTwo() {
    String body = "{\"instId\":\"BTC-USDT\",\"lever\":\"5\",\"mgnMode\":\"isolated\"}";

    Map<String, String> headers =
        RestSignature.headers(CREDENTIALS, DOC_TIME, "POST", "/api/v5/account/set-leverage", body);

    assertThat(headers.get("OK-ACCESS-SIGN"))
        .isEqualTo("eCnnCgWLjlQ9XnpUkrcny3qNq3WW/81KNrDr/XR6Xv8=");
  }

  @Test
  void webSocketLoginMatchesVectorThreeWithSecondsTimestamp() {
    JsonNode login =
        OkxJson.parse(WsLogin.message(CREDENTIALS, Instant.ofEpochSecond(1538054050, 999_000_000)));

    JsonNode arg = login.get("args").get(0);
    assertThat(login.get("op").asString()).isEqualTo("login");
    assertThat(arg.get("timestamp").asString()).isEqualTo("1538054050");
    assertThat(arg.get("sign").asString())
        .isEqualTo("+LdIr8lkkvhr5hoA3g9TMC0+uQJ849ftAcocA/ouu4M=");
    assertThat(arg.get("apiKey").asString()).isEqualTo("test-api-key-1234");
    assertThat(arg.get("passphrase").asString()).isEqualTo("passphrase");
  }

  @Test
  void prehashesAreTheDocumentedStrings() {
    assertThat(RestSignature.prehash("2020-12-08T09:08:57.715Z", "GET", "/api/v5/x?a=1", ""))
        .isEqualTo("2020-12-08T09:08:57.715ZGET/api/v5/x?a=1");
    assertThat(WsLogin.prehash(1538054050)).isEqualTo("1538054050GET/users/self/verify");
  }

  @Test
  void restTimestampKeepsMillisecondsEvenWhenZero() {
    assertThat(RestSignature.timestamp(Instant.parse("2024-01-02T03:04:05Z")))
        .isEqualTo("2024-01-02T03:04:05.000Z");
    assertThat(RestSignature.timestamp(Instant.parse("2024-01-02T03:04:05.123456Z")))
        .isEqualTo("2024-01-02T03:04:05.123Z");
  }
}
