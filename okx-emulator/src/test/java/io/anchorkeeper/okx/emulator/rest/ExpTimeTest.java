package io.anchorkeeper.okx.emulator.rest;

import static io.anchorkeeper.okx.emulator.support.Orders.market;
import static io.anchorkeeper.okx.emulator.support.Orders.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.fault.FaultPlan;
import io.anchorkeeper.okx.emulator.fault.FaultRule;
import io.anchorkeeper.okx.emulator.fault.FaultType;
import io.anchorkeeper.okx.emulator.json.Json;
import io.anchorkeeper.okx.emulator.support.Emulators;
import io.anchorkeeper.okx.emulator.support.OkxHttp;
import io.anchorkeeper.okx.emulator.support.OkxHttp.Reply;
import io.anchorkeeper.okx.emulator.support.TestAccount;
import io.anchorkeeper.okx.emulator.support.WsClient;
import io.anchorkeeper.okx.emulator.support.WsLogin;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** OKX's {@code expTime} deadline on order placement: late requests are refused, never executed. */
class ExpTimeTest {

  private static final TestAccount SUB = TestAccount.sub("sub1", "10000");
  private static final String ORDER = "/api/v5/trade/order";
  private static final String BATCH = "/api/v5/trade/batch-orders";
  private static final String BTC = "BTC-USDT-SWAP";
  private OkxEmulator emu;
  private OkxHttp http;

  @BeforeEach
  void start() {
    emu = Emulators.started(TestAccount.main("main", "0"), SUB);
    http = new OkxHttp(emu, SUB);
    emu.control().setMarkPrice(BTC, new BigDecimal("100000"));
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  @Test
  void refusesAnOrderWhoseDeadlinePassedBeforeItArrivedAndExecutesNothing() {
    Reply r = placeWithDeadline(ORDER, order("late1"), emu.clock().millis() - 1);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.code()).isEqualTo("1");
    assertThat(r.item().path("sCode").asString()).isEqualTo("50036");
    assertThat(r.item().path("clOrdId").asString()).isEqualTo("late1");
    assertThat(r.item().path("ordId").asString()).isEmpty();
    assertThat(http.get(ORDER + "?instId=" + BTC + "&clOrdId=late1").code()).isEqualTo("51603");
    assertThat(emu.control().account("sub1").positions()).isEmpty();
  }

  @Test
  void executesAnOrderThatArrivesAtOrBeforeItsDeadline() {
    long now = emu.clock().millis();

    assertThat(placeWithDeadline(ORDER, order("ontime1"), now).item().path("sCode").asString())
        .isEqualTo("0");
    assertThat(
            placeWithDeadline(ORDER, order("ontime2"), now + 5_000).item().path("sCode").asString())
        .isEqualTo("0");
    assertThat(emu.control().account("sub1").positions()).hasSize(1);
  }

  @Test
  void aDeadlineThatWasFineWhenSentExpiresWhileTheRequestIsDelayed() {
    try (OkxEmulator real =
        OkxEmulator.builder()
            .port(0)
            .fixedPrices()
            .rateLimits(false)
            .account(TestAccount.main("main", "0").spec())
            .account(SUB.spec())
            .build()
            .start()) {
      real.control().setMarkPrice(BTC, new BigDecimal("100000"));
      real.control()
          .addFaultPlan(
              new FaultPlan(
                  "slow",
                  1,
                  List.of(
                      new FaultRule(
                          FaultType.LATENCY,
                          ORDER,
                          "POST",
                          null,
                          null,
                          null,
                          1,
                          0,
                          300,
                          null,
                          null,
                          null,
                          0,
                          false,
                          false))));
      OkxHttp client = new OkxHttp(real, SUB);
      String body = Json.write(order("slow1"));
      Map<String, String> headers = client.signedHeaders("POST", ORDER, body);
      headers.put("expTime", Long.toString(real.clock().millis() + 100));

      Reply r = client.send("POST", ORDER, body, headers);

      assertThat(r.item().path("sCode").asString()).isEqualTo("50036");
      assertThat(real.control().account("sub1").positions()).isEmpty();
    }
  }

  @Test
  void refusesEveryItemOfALateBatch() {
    Reply r =
        placeWithDeadline(BATCH, List.of(order("b1"), order("b2")), emu.clock().millis() - 1_000);

    assertThat(r.code()).isEqualTo("1");
    assertThat(r.data(0).path("sCode").asString()).isEqualTo("50036");
    assertThat(r.data(0).path("clOrdId").asString()).isEqualTo("b1");
    assertThat(r.data(1).path("sCode").asString()).isEqualTo("50036");
    assertThat(emu.control().account("sub1").positions()).isEmpty();
  }

  @Test
  void aMalformedDeadlineIsAParameterError() {
    String body = Json.write(order("bad1"));
    Map<String, String> headers = http.signedHeaders("POST", ORDER, body);
    headers.put("expTime", "soon");

    assertThat(http.send("POST", ORDER, body, headers).item().path("sCode").asString())
        .isEqualTo("51000");
  }

  @Test
  void webSocketOrdersHonourTheirExpTimeField() {
    try (WsClient ws = new WsClient(emu.wsPrivateUrl())) {
      WsLogin.loggedIn(emu, ws, SUB);
      long now = emu.clock().millis();
      ws.send(
          Map.of(
              "id",
              "w1",
              "op",
              "order",
              "expTime",
              Long.toString(now - 1),
              "args",
              List.of(order("wslate"))));
      ws.send(
          Map.of(
              "id",
              "w2",
              "op",
              "order",
              "expTime",
              Long.toString(now + 1_000),
              "args",
              List.of(order("wsok"))));

      JsonNode late = ws.await(m -> "w1".equals(m.path("id").asString()));
      JsonNode onTime = ws.await(m -> "w2".equals(m.path("id").asString()));
      assertThat(late.path("data").path(0).path("sCode").asString()).isEqualTo("50036");
      assertThat(onTime.path("data").path(0).path("sCode").asString()).isEqualTo("0");
    }
    assertThat(emu.control().account("sub1").positions()).hasSize(1);
    assertThat(http.get(ORDER + "?instId=" + BTC + "&clOrdId=wslate").code()).isEqualTo("51603");
  }

  @Test
  void theVirtualClockDecidesWhenADeadlinePasses() {
    long deadline = emu.clock().millis() + 1_000;
    emu.control().advanceClock(Duration.ofSeconds(2));

    assertThat(placeWithDeadline(ORDER, order("v1"), deadline).item().path("sCode").asString())
        .isEqualTo("50036");
  }

  private static Map<String, Object> order(String clOrdId) {
    return with(market(BTC, "buy", "long", "0.1"), "clOrdId", clOrdId);
  }

  private Reply placeWithDeadline(String path, Object order, long expTime) {
    String body = Json.write(order);
    Map<String, String> headers = http.signedHeaders("POST", path, body);
    headers.put("expTime", Long.toString(expTime));
    return http.send("POST", path, body, headers);
  }
}
