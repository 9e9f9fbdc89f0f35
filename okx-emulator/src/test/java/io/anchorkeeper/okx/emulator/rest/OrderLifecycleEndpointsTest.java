package io.anchorkeeper.okx.emulator.rest;

import static io.anchorkeeper.okx.emulator.support.Orders.limit;
import static io.anchorkeeper.okx.emulator.support.Orders.market;
import static io.anchorkeeper.okx.emulator.support.Orders.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.support.Emulators;
import io.anchorkeeper.okx.emulator.support.OkxHttp;
import io.anchorkeeper.okx.emulator.support.OkxHttp.Reply;
import io.anchorkeeper.okx.emulator.support.TestAccount;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What happens to orders after placing: cancels, resting limits, closes, history and fills. */
class OrderLifecycleEndpointsTest {

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
  void cancelsAPendingOrder() {
    String ordId =
        http.post(ORDER, with(limit(BTC, "buy", "long", "1", "90000"), "clOrdId", "rest1"))
            .item()
            .path("ordId")
            .asString();
    assertThat(balance().path("ordFrozen").asString()).isEqualTo("90.45");
    Reply c = http.post("/api/v5/trade/cancel-order", Map.of("instId", BTC, "clOrdId", "rest1"));
    assertThat(c.code()).isEqualTo("0");
    assertThat(c.item().path("ordId").asString()).isEqualTo(ordId);
    JsonNode order = http.get(ORDER + "?instId=" + BTC + "&ordId=" + ordId).item();
    assertThat(order.path("state").asString()).isEqualTo("canceled");
    assertThat(balance().path("ordFrozen").asString()).isEqualTo("0");
    Reply again = http.post("/api/v5/trade/cancel-order", Map.of("instId", BTC, "ordId", ordId));
    assertThat(again.code()).isEqualTo("1");
    assertThat(again.item().path("sCode").asString()).isEqualTo("51400");
    assertThat(http.post("/api/v5/trade/cancel-order", Map.of("instId", BTC)).code())
        .isEqualTo("50015");
  }

  @Test
  void restingLimitOrderFillsAsMakerWhenTheMarkCrosses() {
    String ordId =
        http.post(ORDER, limit(BTC, "buy", "long", "1", "99000")).item().path("ordId").asString();
    assertThat(http.get("/api/v5/trade/orders-pending?instType=SWAP").body().path("data").size())
        .isEqualTo(1);
    emu.control().setMarkPrice(BTC, new BigDecimal("99500"));
    assertThat(state(ordId)).isEqualTo("live");
    emu.control().setMarkPrice(BTC, new BigDecimal("98900"));
    JsonNode order = http.get(ORDER + "?instId=" + BTC + "&ordId=" + ordId).item();
    assertThat(order.path("state").asString()).isEqualTo("filled");
    assertThat(order.path("avgPx").asString()).isEqualTo("99000");
    // maker 0.0002 x 0.01 x 1 x 99000
    assertThat(order.path("fee").asString()).isEqualTo("-0.198");
    JsonNode fill = http.get("/api/v5/trade/fills?instId=" + BTC).item();
    assertThat(fill.path("execType").asString()).isEqualTo("M");
    assertThat(fill.path("subType").asString()).isEqualTo("3");
    assertThat(http.get("/api/v5/trade/orders-pending").body().path("data").size()).isZero();
  }

  @Test
  void marketableLimitOrderTakesAndPostOnlyIsCancelled() {
    String taker =
        http.post(ORDER, limit(BTC, "buy", "long", "1", "101000")).item().path("ordId").asString();
    JsonNode order = http.get(ORDER + "?instId=" + BTC + "&ordId=" + taker).item();
    assertThat(order.path("avgPx").asString()).isEqualTo("100000");
    Map<String, Object> postOnly =
        with(limit(BTC, "buy", "long", "1", "101000"), "ordType", "post_only");
    String po = http.post(ORDER, postOnly).item().path("ordId").asString();
    JsonNode cancelled = http.get(ORDER + "?instId=" + BTC + "&ordId=" + po).item();
    assertThat(cancelled.path("state").asString()).isEqualTo("canceled");
    assertThat(cancelled.path("cancelSource").asString()).isEqualTo("31");
  }

  @Test
  void closePositionClosesTheWholeSide() {
    http.post(ORDER, market(BTC, "buy", "long", "2"));
    Reply r =
        http.post(
            "/api/v5/trade/close-position",
            Map.of("instId", BTC, "mgnMode", "isolated", "posSide", "long", "clOrdId", "close1"));
    assertThat(r.code()).isEqualTo("0");
    assertThat(r.item().path("instId").asString()).isEqualTo(BTC);
    assertThat(r.item().path("posSide").asString()).isEqualTo("long");
    assertThat(r.item().path("clOrdId").asString()).isEqualTo("close1");
    assertThat(http.get("/api/v5/account/positions").body().path("data").size()).isZero();
    JsonNode close = http.get(ORDER + "?instId=" + BTC + "&clOrdId=close1").item();
    assertThat(close.path("side").asString()).isEqualTo("sell");
    assertThat(close.path("accFillSz").asString()).isEqualTo("2");
    Reply none =
        http.post(
            "/api/v5/trade/close-position",
            Map.of("instId", BTC, "mgnMode", "isolated", "posSide", "long"));
    assertThat(none.code()).isEqualTo("51023");
  }

  @Test
  void closePositionNeedsAutoCxlWhenCloseOrdersArePending() {
    http.post(ORDER, market(BTC, "buy", "long", "2"));
    http.post(ORDER, limit(BTC, "sell", "long", "1", "120000"));
    Map<String, Object> body = Map.of("instId", BTC, "mgnMode", "isolated", "posSide", "long");
    assertThat(http.post("/api/v5/trade/close-position", body).code()).isEqualTo("51112");
    Map<String, Object> auto =
        Map.of("instId", BTC, "mgnMode", "isolated", "posSide", "long", "autoCxl", true);
    assertThat(http.post("/api/v5/trade/close-position", auto).code()).isEqualTo("0");
    assertThat(http.get("/api/v5/trade/orders-pending").body().path("data").size()).isZero();
  }

  @Test
  void listsHistoryAndFillsNewestFirst() {
    http.post(ORDER, with(market(BTC, "buy", "long", "1"), "clOrdId", "first"));
    http.post(ORDER, with(market(BTC, "sell", "long", "1"), "clOrdId", "second"));
    Reply history = http.get("/api/v5/trade/orders-history?instType=SWAP");
    assertThat(history.data(0).path("clOrdId").asString()).isEqualTo("second");
    assertThat(history.data(1).path("clOrdId").asString()).isEqualTo("first");
    assertThat(http.get("/api/v5/trade/orders-history").code()).isEqualTo("50014");
    assertThat(
            http.get("/api/v5/trade/orders-history?instType=SWAP&limit=1")
                .body()
                .path("data")
                .size())
        .isEqualTo(1);
    String newest = history.data(0).path("ordId").asString();
    assertThat(
            http.get("/api/v5/trade/orders-history?instType=SWAP&after=" + newest)
                .item()
                .path("clOrdId")
                .asString())
        .isEqualTo("first");
    Reply fills = http.get("/api/v5/trade/fills?instType=SWAP");
    assertThat(fills.data(0).path("subType").asString()).isEqualTo("5");
    assertThat(fills.data(0).path("fee").asString()).isEqualTo("-0.5");
    assertThat(fills.data(0).path("feeRate").asString()).isEqualTo("-0.0005");
    assertThat(fills.data(1).path("subType").asString()).isEqualTo("3");
    assertThat(http.get("/api/v5/trade/fills-history?instType=SWAP").body().path("data").size())
        .isEqualTo(2);
    assertThat(http.get("/api/v5/trade/fills-history").code()).isEqualTo("50014");
  }

  private JsonNode balance() {
    return http.get("/api/v5/account/balance").item().path("details").path(0);
  }

  private String state(String ordId) {
    return http.get(ORDER + "?instId=" + BTC + "&ordId=" + ordId).item().path("state").asString();
  }

  private String sCode(Map<String, Object> order) {
    Reply r = http.post(ORDER, order);
    return r.item().path("sCode").asString();
  }
}
