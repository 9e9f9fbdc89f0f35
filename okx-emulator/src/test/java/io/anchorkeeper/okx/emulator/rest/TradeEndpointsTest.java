package io.anchorkeeper.okx.emulator.rest;

import static io.anchorkeeper.okx.emulator.support.Orders.limit;
import static io.anchorkeeper.okx.emulator.support.Orders.market;
import static io.anchorkeeper.okx.emulator.support.Orders.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.engine.EngineSettings;
import io.anchorkeeper.okx.emulator.support.Emulators;
import io.anchorkeeper.okx.emulator.support.OkxHttp;
import io.anchorkeeper.okx.emulator.support.OkxHttp.Reply;
import io.anchorkeeper.okx.emulator.support.TestAccount;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Order entry over HTTP: placing, querying, batches, cancels, closes and every rejection. */
class TradeEndpointsTest {

  private static final TestAccount SUB = TestAccount.sub("sub1", "10000");
  private static final String ORDER = "/api/v5/trade/order";
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
  void placesAMarketOrderThatFillsAtTheMarkWithATakerFee() {
    Reply r = http.post(ORDER, with(market(BTC, "buy", "long", "0.5"), "clOrdId", "open1"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.code()).isEqualTo("0");
    assertThat(r.body().has("inTime") && r.body().has("outTime")).isTrue();
    JsonNode ack = r.item();
    assertThat(ack.path("sCode").asString()).isEqualTo("0");
    assertThat(ack.path("clOrdId").asString()).isEqualTo("open1");
    String ordId = ack.path("ordId").asString();
    JsonNode order = http.get(ORDER + "?instId=" + BTC + "&ordId=" + ordId).item();
    assertThat(order.path("state").asString()).isEqualTo("filled");
    assertThat(order.path("accFillSz").asString()).isEqualTo("0.5");
    assertThat(order.path("avgPx").asString()).isEqualTo("100000");
    // 0.01 x 0.5 x 100000 x 0.0005
    assertThat(order.path("fee").asString()).isEqualTo("-0.25");
    assertThat(order.path("feeCcy").asString()).isEqualTo("USDT");
    assertThat(order.path("tdMode").asString()).isEqualTo("isolated");
    assertThat(order.path("posSide").asString()).isEqualTo("long");
    assertThat(order.path("lever").asString()).isEqualTo("10");
    JsonNode byClOrdId = http.get(ORDER + "?instId=" + BTC + "&clOrdId=open1").item();
    assertThat(byClOrdId.path("ordId").asString()).isEqualTo(ordId);
  }

  @Test
  void rejectsAnOrderWithoutEnoughMargin() {
    Reply r = http.post(ORDER, market(BTC, "buy", "long", "100"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.code()).isEqualTo("1");
    assertThat(r.body().path("msg").asString()).isEqualTo("All operations failed");
    assertThat(r.item().path("sCode").asString()).isEqualTo("51008");
    assertThat(r.item().path("ordId").asString()).isEmpty();
  }

  @Test
  void enforcesSizeRules() {
    assertThat(sCode(market(BTC, "buy", "long", "0.001"))).isEqualTo("51020");
    assertThat(sCode(market(BTC, "buy", "long", "0.015"))).isEqualTo("51121");
    emu.control().setMarkPrice("TRX-USDT-SWAP", new BigDecimal("0.25"));
    assertThat(sCode(market("TRX-USDT-SWAP", "buy", "long", "900.01"))).isEqualTo("51202");
    assertThat(sCode(market("NOPE-USDT-SWAP", "buy", "long", "1"))).isEqualTo("51001");
  }

  @Test
  void rejectsMalformedRequestsAsAWhole() {
    Reply badId = http.post(ORDER, with(market(BTC, "buy", "long", "1"), "clOrdId", "has-hyphen"));
    assertThat(badId.status()).isEqualTo(400);
    assertThat(badId.code()).isEqualTo("51000");
    assertThat(badId.body().path("msg").asString()).isEqualTo("Parameter clOrdId error");
    String long33 = "a".repeat(33);
    assertThat(http.post(ORDER, with(market(BTC, "buy", "long", "1"), "clOrdId", long33)).code())
        .isEqualTo("51000");
    assertThat(http.post(ORDER, with(market(BTC, "buy", "long", "1"), "sz", null)).code())
        .isEqualTo("50014");
    assertThat(http.post(ORDER, with(market(BTC, "buy", "long", "1"), "side", "up")).code())
        .isEqualTo("51000");
    assertThat(http.post(ORDER, "{not json").code()).isEqualTo("51000");
    assertThat(sCode(with(market(BTC, "buy", "long", "1"), "posSide", null)))
        .as("posSide is required in long/short mode")
        .isEqualTo("51000");
  }

  @Test
  void acceptsNumbersAsJsonNumbersAndIgnoresUnknownFields() {
    Map<String, Object> order = with(market(BTC, "buy", "long", "1"), "sz", new BigDecimal("0.02"));
    order = with(order, "brokerTag", "anything");
    Reply r = http.post(ORDER, order);
    assertThat(r.code()).isEqualTo("0");
  }

  @Test
  void rejectsADuplicateClOrdIdAmongPendingOrders() {
    assertThat(
            http.post(ORDER, with(limit(BTC, "buy", "long", "1", "90000"), "clOrdId", "dup1"))
                .code())
        .isEqualTo("0");
    assertThat(sCode(with(limit(BTC, "buy", "long", "1", "90000"), "clOrdId", "dup1")))
        .isEqualTo("51016");
  }

  @Test
  void refusesToCloseAPositionThatIsNotThere() {
    assertThat(sCode(market(BTC, "sell", "long", "1"))).isEqualTo("51169");
    http.post(ORDER, market(BTC, "buy", "long", "1"));
    assertThat(sCode(market(BTC, "sell", "long", "1.5"))).isEqualTo("51112");
  }

  @Test
  void answers51603ForAnUnknownOrder() {
    Reply r = http.get(ORDER + "?instId=" + BTC + "&ordId=123");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.code()).isEqualTo("51603");
    assertThat(http.get(ORDER + "?instId=" + BTC + "&clOrdId=nothere").code()).isEqualTo("51603");
    assertThat(http.get(ORDER + "?instId=" + BTC).code()).isEqualTo("50015");
  }

  @Test
  void batchAnswersPerItemWithCodeZeroOneOrTwo() {
    String path = "/api/v5/trade/batch-orders";
    Reply all =
        http.post(
            path, List.of(market(BTC, "buy", "long", "0.1"), market(BTC, "sell", "short", "0.1")));
    assertThat(all.code()).isEqualTo("0");
    assertThat(all.body().path("data").size()).isEqualTo(2);
    Reply some =
        http.post(
            path, List.of(market(BTC, "buy", "long", "0.1"), market(BTC, "buy", "long", "0.001")));
    assertThat(some.code()).isEqualTo("2");
    assertThat(some.data(0).path("sCode").asString()).isEqualTo("0");
    assertThat(some.data(1).path("sCode").asString()).isEqualTo("51020");
    Reply none =
        http.post(
            path,
            List.of(
                with(market(BTC, "buy", "long", "0.1"), "clOrdId", "bad-1"),
                market(BTC, "buy", "long", "100")));
    assertThat(none.code()).isEqualTo("1");
    assertThat(none.data(0).path("sCode").asString()).isEqualTo("51000");
    assertThat(none.data(1).path("sCode").asString()).isEqualTo("51008");
    Reply dup =
        http.post(
            path,
            List.of(
                with(limit(BTC, "buy", "long", "0.1", "1000"), "clOrdId", "same"),
                with(market(BTC, "buy", "long", "0.1"), "clOrdId", "same")));
    assertThat(dup.data(1).path("sCode").asString()).isEqualTo("51016");
    assertThat(http.post(path, List.of()).code()).isEqualTo("51000");
  }

  @Test
  void netModeFlipsThroughZero() {
    http.post("/api/v5/account/set-position-mode", Map.of("posMode", "net_mode"));
    Map<String, Object> buy = with(market(BTC, "buy", "net", "1"), "posSide", null);
    assertThat(http.post(ORDER, buy).code()).isEqualTo("0");
    Map<String, Object> sell = with(market(BTC, "sell", "net", "3"), "posSide", "net");
    assertThat(http.post(ORDER, sell).code()).isEqualTo("0");
    JsonNode p = http.get("/api/v5/account/positions").item();
    assertThat(p.path("posSide").asString()).isEqualTo("net");
    assertThat(p.path("pos").asString()).isEqualTo("-2");
    assertThat(sCode(with(market(BTC, "buy", "long", "1"), "posSide", "long")))
        .as("long/short posSide in net mode")
        .isEqualTo("51000");
  }

  @Test
  void fillsMarketOrdersAtTheMarkPlusSlippage() {
    emu.control()
        .settings(
            new EngineSettings(
                new BigDecimal("0.0005"),
                new BigDecimal("0.0002"),
                new BigDecimal("0.00123"),
                0,
                BigDecimal.TEN));
    String buy = http.post(ORDER, market(BTC, "buy", "long", "1")).item().path("ordId").asString();
    // 100000 x 1.00123 = 100123, on the 0.1 tick
    assertThat(order(buy).path("avgPx").asString()).isEqualTo("100123");
    String sell =
        http.post(ORDER, market(BTC, "sell", "long", "1")).item().path("ordId").asString();
    assertThat(order(sell).path("avgPx").asString()).isEqualTo("99877");
  }

  @Test
  void partialFillsLeaveTheRestCancelled() {
    emu.control()
        .settings(
            new EngineSettings(
                new BigDecimal("0.0005"),
                new BigDecimal("0.0002"),
                BigDecimal.ZERO,
                1.0,
                BigDecimal.TEN));
    String ordId =
        http.post(ORDER, market(BTC, "buy", "long", "10")).item().path("ordId").asString();
    JsonNode o = order(ordId);
    assertThat(o.path("state").asString()).isEqualTo("canceled");
    assertThat(new BigDecimal(o.path("accFillSz").asString()))
        .isGreaterThan(BigDecimal.ZERO)
        .isLessThan(BigDecimal.TEN);
    assertThat(http.get("/api/v5/account/positions").item().path("pos").asString())
        .isEqualTo(o.path("accFillSz").asString());
  }

  private JsonNode order(String ordId) {
    return http.get(ORDER + "?instId=" + BTC + "&ordId=" + ordId).item();
  }

  private String sCode(Map<String, Object> order) {
    Reply r = http.post(ORDER, order);
    return r.item().path("sCode").asString();
  }
}
