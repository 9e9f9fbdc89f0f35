package io.anchorkeeper.okx.emulator.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.auth.HmacSigner;
import io.anchorkeeper.okx.emulator.support.Emulators;
import io.anchorkeeper.okx.emulator.support.OkxHttp;
import io.anchorkeeper.okx.emulator.support.OkxHttp.Reply;
import io.anchorkeeper.okx.emulator.support.TestAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Private REST calls are signed exactly as OKX signs them; every failure has OKX's code. */
class RestAuthenticationTest {

  private static final TestAccount MAIN = TestAccount.main("main", "1000");
  private static final String BALANCE = "/api/v5/account/balance";
  private static OkxEmulator emu;
  private static OkxHttp http;

  @BeforeAll
  static void start() {
    emu = Emulators.started(MAIN);
    http = new OkxHttp(emu, MAIN);
  }

  @AfterAll
  static void stop() {
    emu.close();
  }

  @BeforeEach
  void freshRateWindow() {
    emu.control().resetRateLimits();
  }

  @Test
  void acceptsACorrectSignature() {
    Reply r = http.get(BALANCE);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.code()).isEqualTo("0");
  }

  @ParameterizedTest
  @CsvSource({
    "OK-ACCESS-KEY, 50103",
    "OK-ACCESS-PASSPHRASE, 50104",
    "OK-ACCESS-SIGN, 50106",
    "OK-ACCESS-TIMESTAMP, 50107"
  })
  void rejectsAMissingHeader(String header, String code) {
    Map<String, String> headers = new LinkedHashMap<>(http.signedHeaders("GET", BALANCE, ""));
    headers.remove(header);
    Reply r = http.send("GET", BALANCE, "", headers);
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.code()).isEqualTo(code);
    assertThat(r.body().has("data")).as("OKX sends no data with 401").isFalse();
  }

  @Test
  void rejectsAnUnknownKey() {
    Map<String, String> headers = new LinkedHashMap<>(http.signedHeaders("GET", BALANCE, ""));
    headers.put("OK-ACCESS-KEY", "nobody");
    Reply r = http.send("GET", BALANCE, "", headers);
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.raw()).isEqualTo("{\"msg\":\"Invalid OK-ACCESS-KEY\",\"code\":\"50111\"}");
  }

  @Test
  void rejectsATimestampThatIsNotIso8601() {
    Map<String, String> headers = new LinkedHashMap<>(http.signedHeaders("GET", BALANCE, ""));
    headers.put("OK-ACCESS-TIMESTAMP", Long.toString(emu.clock().millis()));
    assertThat(http.send("GET", BALANCE, "", headers).code()).isEqualTo("50112");
  }

  @Test
  void rejectsATimestampOutsideThirtySeconds() {
    String old = Instant.ofEpochMilli(emu.clock().millis()).minusMillis(30_001).toString();
    Map<String, String> headers = headersSignedAt(old, "GET", BALANCE, "");
    Reply r = http.send("GET", BALANCE, "", headers);
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.code()).isEqualTo("50102");
    String recent = Instant.ofEpochMilli(emu.clock().millis()).minusMillis(29_000).toString();
    assertThat(http.send("GET", BALANCE, "", headersSignedAt(recent, "GET", BALANCE, "")).code())
        .isEqualTo("0");
  }

  @Test
  void expiresWhenTheVirtualClockMovesOn() {
    Map<String, String> headers = http.signedHeaders("GET", BALANCE, "");
    emu.control().advanceClock(Duration.ofSeconds(31));
    assertThat(http.send("GET", BALANCE, "", headers).code()).isEqualTo("50102");
  }

  @Test
  void rejectsAWrongPassphrase() {
    Map<String, String> headers = new LinkedHashMap<>(http.signedHeaders("GET", BALANCE, ""));
    headers.put("OK-ACCESS-PASSPHRASE", "wrong");
    assertThat(http.send("GET", BALANCE, "", headers).code()).isEqualTo("50105");
  }

  @Test
  void rejectsASignatureOverAnotherBody() {
    String body = "{\"posMode\":\"long_short_mode\"}";
    String path = "/api/v5/account/set-position-mode";
    Map<String, String> headers = http.signedHeaders("POST", path, body);
    Reply r = http.send("POST", path, body.replace(":", ": "), headers);
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.code()).isEqualTo("50113");
    assertThat(http.send("POST", path, body, headers).code()).isEqualTo("0");
  }

  @Test
  void signsTheQueryStringExactlyAsSent() {
    String asSent = "/api/v5/account/positions?instType=SWAP&instId=BTC-USDT-SWAP";
    String reordered = "/api/v5/account/positions?instId=BTC-USDT-SWAP&instType=SWAP";
    assertThat(http.send("GET", asSent, "", http.signedHeaders("GET", asSent, "")).code())
        .isEqualTo("0");
    assertThat(http.send("GET", asSent, "", http.signedHeaders("GET", reordered, "")).code())
        .isEqualTo("50113");
  }

  @Test
  void acceptsTheDemoTradingHeader() {
    Map<String, String> headers = new LinkedHashMap<>(http.signedHeaders("GET", BALANCE, ""));
    headers.put("x-simulated-trading", "1");
    assertThat(http.send("GET", BALANCE, "", headers).code()).isEqualTo("0");
  }

  @Test
  void publicEndpointsNeedNoSignature() {
    Reply r = OkxHttp.anonymous(emu).get("/api/v5/public/time");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.item().path("ts").asString()).isEqualTo(Long.toString(emu.clock().millis()));
  }

  private static Map<String, String> headersSignedAt(
      String ts, String method, String path, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("OK-ACCESS-KEY", MAIN.apiKey());
    headers.put(
        "OK-ACCESS-SIGN",
        HmacSigner.sign(MAIN.secretKey(), HmacSigner.restPrehash(ts, method, path, body)));
    headers.put("OK-ACCESS-TIMESTAMP", ts);
    headers.put("OK-ACCESS-PASSPHRASE", MAIN.passphrase());
    return headers;
  }
}
