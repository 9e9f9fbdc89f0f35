package io.anchorkeeper.okx.emulator.fault;

import static io.anchorkeeper.okx.emulator.support.Orders.market;
import static io.anchorkeeper.okx.emulator.support.Orders.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.json.Json;
import io.anchorkeeper.okx.emulator.support.Emulators;
import io.anchorkeeper.okx.emulator.support.OkxHttp;
import io.anchorkeeper.okx.emulator.support.OkxHttp.Reply;
import io.anchorkeeper.okx.emulator.support.TestAccount;
import io.anchorkeeper.okx.emulator.support.WsClient;
import io.anchorkeeper.okx.emulator.support.WsLogin;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seeded fault plans, posted through the Java and the HTTP control API. */
class FaultPlanTest {

  private static final TestAccount SUB1 = TestAccount.sub("sub1", "10000");
  private static final TestAccount SUB2 = TestAccount.sub("sub2", "10000");
  private static final String ORDER = "/api/v5/trade/order";
  private static final String BTC = "BTC-USDT-SWAP";
  private OkxEmulator emu;
  private OkxHttp sub1;
  private OkxHttp sub2;

  @BeforeEach
  void start() {
    emu = Emulators.started(TestAccount.main("main", "0"), SUB1, SUB2);
    emu.control().setMarkPrice(BTC, new BigDecimal("100000"));
    sub1 = new OkxHttp(emu, SUB1);
    sub2 = new OkxHttp(emu, SUB2);
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  @Test
  void answersServerErrorsAsManyTimesAsPlanned() {
    emu.control()
        .addFaultPlan(
            FaultPlan.of("boom", rule(FaultType.HTTP_ERROR, "/api/v5/account/*", null, 2)));
    Reply first = sub1.get("/api/v5/account/balance");
    assertThat(first.status()).isEqualTo(503);
    assertThat(first.code()).isEqualTo("50001");
    assertThat(sub1.get("/api/v5/account/positions").status()).isEqualTo(503);
    assertThat(sub1.get("/api/v5/account/balance").code()).isEqualTo("0");
    assertThat(emu.control().faultPlans().get(0).remaining()).containsExactly(0);
  }

  @Test
  void scopesFaultsByAccount() {
    emu.control().addFaultPlan(FaultPlan.of(null, rule(FaultType.RATE_LIMIT, null, "sub2", null)));
    assertThat(sub1.get("/api/v5/account/balance").code()).isEqualTo("0");
    Reply limited = sub2.get("/api/v5/account/balance");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.code()).isEqualTo("50011");
  }

  @Test
  void executesTheOrderThenAnswersATimeout() {
    emu.control()
        .addFaultPlan(
            FaultPlan.of("lost", rule(FaultType.TIMEOUT_AFTER_EXECUTION, ORDER, "sub1", 1)));
    Reply r = sub1.post(ORDER, with(market(BTC, "buy", "long", "1"), "clOrdId", "maybe1"));
    assertThat(r.status()).isEqualTo(504);
    assertThat(r.code()).isEqualTo("50004");
    Reply query = sub1.get(ORDER + "?instId=" + BTC + "&clOrdId=maybe1");
    assertThat(query.item().path("state").asString())
        .as("the order did execute")
        .isEqualTo("filled");
  }

  @Test
  void canDropTheConnectionAfterExecution() {
    FaultRule abort =
        new FaultRule(
            FaultType.TIMEOUT_AFTER_EXECUTION,
            ORDER,
            null,
            null,
            null,
            1,
            1.0,
            0,
            0,
            null,
            null,
            null,
            0,
            true,
            false);
    emu.control().addFaultPlan(FaultPlan.of("abort", abort));
    String body = Json.write(with(market(BTC, "buy", "long", "1"), "clOrdId", "gone1"));
    HttpRequest.Builder req =
        HttpRequest.newBuilder(URI.create(emu.baseUrl() + ORDER))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    sub1.signedHeaders("POST", ORDER, body).forEach(req::header);
    try {
      HttpClient.newHttpClient().send(req.build(), HttpResponse.BodyHandlers.ofString());
      throw new AssertionError("expected the connection to drop");
    } catch (IOException expected) {
      assertThat(expected).isNotNull();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertThat(
            sub1.get(ORDER + "?instId=" + BTC + "&clOrdId=gone1").item().path("state").asString())
        .isEqualTo("filled");
  }

  @Test
  void addsLatency() {
    FaultRule slow =
        new FaultRule(
            FaultType.LATENCY,
            "/api/v5/public/time",
            null,
            null,
            null,
            1,
            1.0,
            0,
            300,
            null,
            null,
            null,
            0,
            false,
            false);
    emu.control().addFaultPlan(FaultPlan.of("slow", slow));
    long t0 = System.nanoTime();
    assertThat(OkxHttp.anonymous(emu).get("/api/v5/public/time").code()).isEqualTo("0");
    assertThat(Duration.ofNanos(System.nanoTime() - t0))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void skipsAndDrawsProbabilitiesFromTheSeed() {
    FaultRule third =
        new FaultRule(
            FaultType.HTTP_ERROR,
            "/api/v5/public/time",
            null,
            null,
            null,
            1,
            1.0,
            2,
            0,
            500,
            "50026",
            null,
            0,
            false,
            false);
    emu.control().addFaultPlan(FaultPlan.of("third", third));
    OkxHttp anon = OkxHttp.anonymous(emu);
    assertThat(anon.get("/api/v5/public/time").status()).isEqualTo(200);
    assertThat(anon.get("/api/v5/public/time").status()).isEqualTo(200);
    assertThat(anon.get("/api/v5/public/time").status()).isEqualTo(500);
    assertThat(anon.get("/api/v5/public/time").status()).isEqualTo(200);
    assertThat(outcomes(11)).isEqualTo(outcomes(11)).contains(200, 503);
  }

  @Test
  void dropsWebSocketsOfOneAccountAtOnce() {
    try (WsClient ws = new WsClient(emu.wsPrivateUrl());
        WsClient other = new WsClient(emu.wsPublicUrl())) {
      WsLogin.loggedIn(emu, ws, SUB1);
      FaultRule drop =
          new FaultRule(
              FaultType.WS_DROP,
              null,
              null,
              "sub1",
              "private",
              1,
              1.0,
              0,
              0,
              null,
              null,
              null,
              0,
              false,
              true);
      emu.control().addFaultPlan(FaultPlan.of("drop", drop));
      ws.awaitClosed();
      assertThat(other.isClosed()).isFalse();
    }
  }

  @Test
  void postsPlansOverHttpAndDeletesThem() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String plan =
        "{\"id\":\"p1\",\"seed\":3,\"rules\":[{\"type\":\"http_error\",\"path\":\"/api/v5/public/time\",\"status\":502,\"code\":\"50001\",\"count\":5}]}";
    HttpResponse<String> posted =
        client.send(
            HttpRequest.newBuilder(URI.create(emu.baseUrl() + "/emulator/v1/faults"))
                .POST(HttpRequest.BodyPublishers.ofString(plan))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(posted.body()).isEqualTo("{\"id\":\"p1\"}");
    assertThat(OkxHttp.anonymous(emu).get("/api/v5/public/time").status()).isEqualTo(502);
    HttpResponse<String> listed =
        client.send(
            HttpRequest.newBuilder(URI.create(emu.baseUrl() + "/emulator/v1/faults")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(listed.body()).contains("\"remaining\":4");
    client.send(
        HttpRequest.newBuilder(URI.create(emu.baseUrl() + "/emulator/v1/faults")).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(OkxHttp.anonymous(emu).get("/api/v5/public/time").status()).isEqualTo(200);
  }

  private List<Integer> outcomes(long seed) {
    emu.control().clearFaults();
    FaultRule coin =
        new FaultRule(
            FaultType.HTTP_ERROR,
            "/api/v5/public/mark-price",
            null,
            null,
            null,
            null,
            0.5,
            0,
            0,
            null,
            null,
            null,
            0,
            false,
            false);
    emu.control().addFaultPlan(new FaultPlan("coin", seed, List.of(coin)));
    OkxHttp anon = OkxHttp.anonymous(emu);
    return IntStream.range(0, 20)
        .mapToObj(i -> anon.get("/api/v5/public/mark-price?instType=SWAP&instId=" + BTC).status())
        .toList();
  }

  private static FaultRule rule(FaultType type, String path, String account, Integer count) {
    return new FaultRule(
        type, path, null, account, null, count, 1.0, 0, 0, null, null, null, 0, false, false);
  }
}
