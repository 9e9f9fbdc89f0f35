package io.anchorkeeper.okx.emulator.ws;

import static io.anchorkeeper.okx.emulator.support.Orders.market;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.support.Emulators;
import io.anchorkeeper.okx.emulator.support.OkxHttp;
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

/** The private WebSocket: login, snapshots and pushes after fills, order operations. */
class PrivateWebSocketTest {

  private static final TestAccount MAIN = TestAccount.main("main", "1000");
  private static final TestAccount SUB = TestAccount.sub("sub1", "10000");
  private static final String BTC = "BTC-USDT-SWAP";
  private OkxEmulator emu;

  @BeforeEach
  void start() {
    emu = Emulators.started(MAIN, SUB);
    emu.control().setMarkPrice(BTC, new BigDecimal("100000"));
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  @Test
  void logsInOneAccountPerConnection() {
    try (WsClient ws = new WsClient(emu.wsPrivateUrl())) {
      ws.send(WsLogin.message(SUB, WsLogin.seconds(emu, 0), null));
      JsonNode ok = ws.await(m -> "login".equals(m.path("event").asString()));
      assertThat(ok.path("code").asString()).isEqualTo("0");
      ws.send(WsLogin.message(MAIN, WsLogin.seconds(emu, 0), null));
      assertThat(ws.await(m -> "error".equals(m.path("event").asString())).path("code").asString())
          .isEqualTo("60031");
    }
  }

  @Test
  void rejectsBadLogins() {
    assertThat(loginError(WsLogin.message(SUB, WsLogin.seconds(emu, 0), "bad-sign")))
        .isEqualTo("60007");
    assertThat(loginError(WsLogin.message(SUB, WsLogin.seconds(emu, -31), null)))
        .isEqualTo("60006");
    assertThat(loginError(WsLogin.message(SUB, Long.toString(emu.clock().millis()), null)))
        .as("a timestamp in milliseconds")
        .isEqualTo("60006");
    Map<String, Object> unknown =
        Map.of(
            "op",
            "login",
            "args",
            List.of(
                Map.of(
                    "apiKey",
                    "nobody",
                    "passphrase",
                    "x",
                    "timestamp",
                    WsLogin.seconds(emu, 0),
                    "sign",
                    "x")));
    assertThat(loginError(unknown)).isEqualTo("60005");
  }

  @Test
  void pushesOrdersPositionsAndBalancesAfterFills() {
    try (WsClient ws = new WsClient(emu.wsPrivateUrl())) {
      ws.send(WsLogin.message(SUB, WsLogin.seconds(emu, 0), null));
      ws.await(m -> "login".equals(m.path("event").asString()));
      ws.send(
          Map.of(
              "op",
              "subscribe",
              "args",
              List.of(
                  Map.of("channel", "orders", "instType", "SWAP"),
                  Map.of("channel", "positions", "instType", "SWAP"),
                  Map.of("channel", "balance_and_position"),
                  Map.of("channel", "account"))));
      JsonNode snapshot =
          ws.await(
              m -> "positions".equals(m.path("arg").path("channel").asString()) && m.has("data"));
      assertThat(snapshot.path("eventType").asString()).isEqualTo("snapshot");
      assertThat(snapshot.path("curPage").asInt()).isEqualTo(1);
      assertThat(snapshot.path("lastPage").asBoolean()).isTrue();
      assertThat(snapshot.path("data").size()).isZero();

      OkxHttp http = new OkxHttp(emu, SUB);
      String ordId =
          http.post("/api/v5/trade/order", market(BTC, "buy", "long", "1"))
              .item()
              .path("ordId")
              .asString();

      JsonNode filled =
          ws.await(m -> "filled".equals(m.path("data").path(0).path("state").asString()));
      JsonNode o = filled.path("data").path(0);
      assertThat(filled.path("arg").path("channel").asString()).isEqualTo("orders");
      assertThat(filled.path("arg").path("uid").asString())
          .isEqualTo(emu.control().account("sub1").uid());
      assertThat(o.path("ordId").asString()).isEqualTo(ordId);
      assertThat(o.path("fillSz").asString()).isEqualTo("1");
      assertThat(o.path("fillPx").asString()).isEqualTo("100000");
      assertThat(o.path("tradeId").asString()).isNotEmpty();
      assertThat(o.path("fillFee").asString()).isEqualTo("-0.5");
      assertThat(o.path("execType").asString()).isEqualTo("T");
      assertThat(o.path("fillPnl").asString()).isEqualTo("0");
      assertThat(o.path("accFillSz").asString()).isEqualTo("1");
      assertThat(o.path("avgPx").asString()).isEqualTo("100000");
      assertThat(ws.all(m -> "live".equals(m.path("data").path(0).path("state").asString())))
          .as("an order is pushed live before it fills")
          .hasSize(1);

      JsonNode pos =
          ws.await(
              m ->
                  "event_update".equals(m.path("eventType").asString())
                      && "positions".equals(m.path("arg").path("channel").asString()));
      assertThat(pos.path("data").path(0).path("pos").asString()).isEqualTo("1");
      assertThat(pos.path("data").path(0).path("margin").asString()).isEqualTo("100");

      JsonNode bp =
          ws.await(m -> "filled".equals(m.path("data").path(0).path("eventType").asString()));
      assertThat(bp.path("data").path(0).path("posData").path(0).path("pos").asString())
          .isEqualTo("1");
      assertThat(bp.path("data").path(0).path("balData").path(0).path("cashBal").asString())
          .isEqualTo("9899.5");
      ws.await(
          m ->
              "account".equals(m.path("arg").path("channel").asString())
                  && "event_update".equals(m.path("eventType").asString()));

      http.post(
          "/api/v5/trade/close-position",
          Map.of("instId", BTC, "mgnMode", "isolated", "posSide", "long"));
      JsonNode closed =
          ws.await(
              m ->
                  "positions".equals(m.path("arg").path("channel").asString())
                      && "0".equals(m.path("data").path(0).path("pos").asString()));
      assertThat(closed.path("data").path(0).path("posSide").asString()).isEqualTo("long");
    }
  }

  @Test
  void positionsSnapshotListsOpenPositionsAndRepeatsPeriodically() {
    new OkxHttp(emu, SUB).post("/api/v5/trade/order", market(BTC, "sell", "short", "2"));
    try (WsClient ws = new WsClient(emu.wsPrivateUrl())) {
      ws.send(WsLogin.message(SUB, WsLogin.seconds(emu, 0), null));
      ws.await(m -> "login".equals(m.path("event").asString()));
      ws.send(
          Map.of(
              "op",
              "subscribe",
              "args",
              List.of(Map.of("channel", "positions", "instType", "ANY"))));
      JsonNode snap = ws.await(m -> "snapshot".equals(m.path("eventType").asString()));
      assertThat(snap.path("data").path(0).path("posSide").asString()).isEqualTo("short");
      assertThat(snap.path("data").path(0).has("pTime")).isTrue();
      emu.control().advanceClock(Duration.ofSeconds(5));
      ws.await(m -> ws.all(x -> "snapshot".equals(x.path("eventType").asString())).size() >= 2);
    }
  }

  @Test
  void placesAndCancelsOrdersOverWebSocket() {
    try (WsClient ws = new WsClient(emu.wsPrivateUrl())) {
      ws.send(WsLogin.message(SUB, WsLogin.seconds(emu, 0), null));
      ws.await(m -> "login".equals(m.path("event").asString()));
      Map<String, Object> limit =
          Map.of(
              "instId",
              BTC,
              "tdMode",
              "isolated",
              "side",
              "buy",
              "posSide",
              "long",
              "ordType",
              "limit",
              "sz",
              "1",
              "px",
              "90000",
              "clOrdId",
              "ws1");
      ws.send(Map.of("id", "a1", "op", "order", "args", List.of(limit)));
      JsonNode placed = ws.await(m -> "a1".equals(m.path("id").asString()));
      assertThat(placed.path("op").asString()).isEqualTo("order");
      assertThat(placed.path("code").asString()).isEqualTo("0");
      assertThat(placed.path("data").path(0).path("sCode").asString()).isEqualTo("0");
      ws.send(
          Map.of(
              "id",
              "a2",
              "op",
              "cancel-order",
              "args",
              List.of(Map.of("instId", BTC, "clOrdId", "ws1"))));
      JsonNode cancelled = ws.await(m -> "a2".equals(m.path("id").asString()));
      assertThat(cancelled.path("code").asString()).isEqualTo("0");
      ws.send(Map.of("id", "a3", "op", "order", "args", List.of(Map.of("instId", BTC))));
      JsonNode bad = ws.await(m -> "a3".equals(m.path("id").asString()));
      assertThat(bad.path("code").asString()).isEqualTo("1");
      assertThat(bad.path("data").path(0).path("sCode").asString()).isEqualTo("50014");
    }
    assertThat(emu.control().requests(r -> r.path().endsWith("#order"), 10)).hasSize(2);
  }

  private String loginError(Map<String, Object> message) {
    try (WsClient ws = new WsClient(emu.wsPrivateUrl())) {
      ws.send(message);
      return ws.await(m -> "error".equals(m.path("event").asString())).path("code").asString();
    }
  }
}
