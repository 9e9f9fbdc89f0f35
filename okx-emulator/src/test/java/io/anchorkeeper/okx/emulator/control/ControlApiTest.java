package io.anchorkeeper.okx.emulator.control;

import static io.anchorkeeper.okx.emulator.support.Orders.market;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.http.RequestRecord;
import io.anchorkeeper.okx.emulator.json.Json;
import io.anchorkeeper.okx.emulator.support.Emulators;
import io.anchorkeeper.okx.emulator.support.OkxHttp;
import io.anchorkeeper.okx.emulator.support.TestAccount;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The control API over HTTP, and its Java twin where HTTP cannot reach. */
class ControlApiTest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private OkxEmulator emu;

  @BeforeEach
  void start() {
    emu = Emulators.started();
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  @Test
  void createsAccountsThatCanTradeAtOnce() throws Exception {
    Reply main =
        post(
            "/emulator/v1/accounts",
            "{\"name\":\"boss\",\"type\":\"main\",\"apiKey\":\"k1\",\"secretKey\":\"s1\",\"passphrase\":\"p1\",\"usdt\":\"500\"}");
    assertThat(main.status()).isEqualTo(200);
    assertThat(main.json().path("type").asString()).isEqualTo("main");
    Reply sub =
        post(
            "/emulator/v1/accounts",
            "{\"name\":\"s1\",\"type\":\"sub\",\"apiKey\":\"k2\",\"secretKey\":\"s2\",\"passphrase\":\"p2\",\"usdt\":1000}");
    assertThat(sub.json().path("mainUid").asString()).isEqualTo(main.json().path("uid").asString());
    Reply taken =
        post(
            "/emulator/v1/accounts",
            "{\"name\":\"s1\",\"type\":\"sub\",\"apiKey\":\"k3\",\"secretKey\":\"s\",\"passphrase\":\"p\",\"usdt\":1}");
    assertThat(taken.status()).isEqualTo(400);
    assertThat(taken.json().path("error").asString()).contains("already exists");

    emu.control().setMarkPrice("ETH-USDT-SWAP", new BigDecimal("3000"));
    TestAccount s1 = new TestAccount("s1", null, "k2", "s2", "p2", BigDecimal.ZERO);
    new OkxHttp(emu, s1).post("/api/v5/trade/order", market("ETH-USDT-SWAP", "buy", "long", "1"));
    JsonNode report = get("/emulator/v1/accounts/s1").json();
    assertThat(report.path("balance").path("cashBal").asString()).isEqualTo("969.85");
    assertThat(report.path("positions").path(0).path("margin").asString()).isEqualTo("30");
    assertThat(report.path("recentOrders").path(0).path("state").asString()).isEqualTo("filled");
    assertThat(get("/emulator/v1/accounts/nobody").status()).isEqualTo(404);
    assertThat(get("/emulator/v1/accounts").json().size()).isEqualTo(2);
  }

  @Test
  void setsMarkAndLastPriceAtOnce() throws Exception {
    Reply r =
        post("/emulator/v1/mark-price", "{\"instId\":\"BTC-USDT-SWAP\",\"markPx\":\"91234.56\"}");
    assertThat(r.json().path("markPx").asString())
        .as("rounded to the 0.1 tick")
        .isEqualTo("91234.6");
    JsonNode ticker =
        OkxHttp.anonymous(emu).get("/api/v5/market/ticker?instId=BTC-USDT-SWAP").item();
    assertThat(ticker.path("last").asString()).isEqualTo("91234.6");
    assertThat(post("/emulator/v1/mark-price", "{\"instId\":\"NOPE\",\"markPx\":\"1\"}").status())
        .isEqualTo(400);
    assertThat(
            post("/emulator/v1/mark-price", "{\"instId\":\"BTC-USDT-SWAP\",\"markPx\":\"-1\"}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void advancesTheVirtualClock() throws Exception {
    long before = emu.clock().millis();
    Reply r = post("/emulator/v1/clock/advance", "{\"seconds\":90}");
    assertThat(r.json().path("now").asLong()).isEqualTo(before + 90_000);
    assertThat(get("/emulator/v1/clock").json().path("virtual").asBoolean()).isTrue();
    try (OkxEmulator real = OkxEmulator.builder().port(0).build().start()) {
      HttpResponse<String> refused =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(real.baseUrl() + "/emulator/v1/clock/advance"))
                  .POST(HttpRequest.BodyPublishers.ofString("{\"ms\":1}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).isEqualTo(409);
    }
  }

  @Test
  void logsWhenEachRequestArrived() throws Exception {
    OkxHttp anon = OkxHttp.anonymous(emu);
    anon.get("/api/v5/public/time");
    emu.control().advanceClock(Duration.ofMillis(1500));
    anon.get("/api/v5/public/mark-price?instType=SWAP");
    List<RequestRecord> log =
        emu.control().requests(r -> r.path().startsWith("/api/v5/public/"), 10);
    assertThat(log).hasSize(2);
    assertThat(log.get(1).receivedAtMillis() - log.get(0).receivedAtMillis()).isEqualTo(1500);
    assertThat(log.get(1).path()).isEqualTo("/api/v5/public/mark-price?instType=SWAP");
    assertThat(log.get(1).status()).isEqualTo(200);
    assertThat(log.get(1).code()).isEqualTo("0");
    JsonNode overHttp = get("/emulator/v1/requests?path=/api/v5/public/time").json();
    assertThat(overHttp.size()).isEqualTo(1);
    assertThat(overHttp.path(0).path("receivedAtMillis").asLong())
        .isEqualTo(log.get(0).receivedAtMillis());
  }

  @Test
  void changesEngineSettings() throws Exception {
    JsonNode s =
        post("/emulator/v1/settings", "{\"takerRate\":\"0.0007\",\"slippage\":\"0.001\"}").json();
    assertThat(s.path("takerRate").asString()).isEqualTo("0.0007");
    assertThat(s.path("makerRate").asString()).isEqualTo("0.0002");
    assertThat(emu.control().settings().slippage()).isEqualByComparingTo("0.001");
    assertThat(get("/emulator/v1/nothing").status()).isEqualTo(404);
  }

  private record Reply(int status, JsonNode json) {}

  private Reply post(String path, String body) throws Exception {
    HttpResponse<String> r =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(emu.baseUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), Json.parse(r.body()).orElseThrow());
  }

  private Reply get(String path) throws Exception {
    HttpResponse<String> r =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(emu.baseUrl() + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), Json.parse(r.body()).orElseThrow());
  }
}
