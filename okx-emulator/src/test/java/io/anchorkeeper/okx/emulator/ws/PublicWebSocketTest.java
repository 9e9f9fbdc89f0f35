package io.anchorkeeper.okx.emulator.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.support.Emulators;
import io.anchorkeeper.okx.emulator.support.TestAccount;
import io.anchorkeeper.okx.emulator.support.WsClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The public WebSocket: mark price and tickers, ping/pong, error events, the idle timeout. */
class PublicWebSocketTest {

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
  void answersTextPingWithPong() {
    try (WsClient ws = new WsClient(emu.wsPublicUrl())) {
      ws.send("ping");
      ws.awaitText("pong");
    }
  }

  @Test
  void pushesMarkPriceOnSubscribeAndOnEveryChange() {
    try (WsClient ws = new WsClient(emu.wsPublicUrl())) {
      ws.send(
          Map.of(
              "id",
              "1512",
              "op",
              "subscribe",
              "args",
              List.of(Map.of("channel", "mark-price", "instId", BTC))));
      JsonNode ack = ws.await(m -> "subscribe".equals(m.path("event").asString()));
      assertThat(ack.path("id").asString()).isEqualTo("1512");
      assertThat(ack.path("arg").path("channel").asString()).isEqualTo("mark-price");
      assertThat(ack.path("connId").asString()).isNotEmpty();
      ws.await(m -> "100000".equals(m.path("data").path(0).path("markPx").asString()));
      emu.control().setMarkPrice(BTC, new BigDecimal("100123.4"));
      JsonNode push =
          ws.await(m -> "100123.4".equals(m.path("data").path(0).path("markPx").asString()));
      assertThat(push.path("arg").path("instId").asString()).isEqualTo(BTC);
      assertThat(push.path("data").path(0).path("instType").asString()).isEqualTo("SWAP");
    }
  }

  @Test
  void stopsPushingAfterUnsubscribe() {
    try (WsClient ws = new WsClient(emu.wsPublicUrl())) {
      Map<String, String> arg = Map.of("channel", "mark-price", "instId", BTC);
      ws.send(Map.of("op", "subscribe", "args", List.of(arg)));
      ws.await(m -> m.has("data"));
      ws.send(Map.of("id", "u1", "op", "unsubscribe", "args", List.of(arg)));
      JsonNode ack = ws.await(m -> "unsubscribe".equals(m.path("event").asString()));
      assertThat(ack.path("id").asString()).isEqualTo("u1");
      emu.control().setMarkPrice(BTC, new BigDecimal("100500"));
      ws.send("ping");
      ws.awaitText("pong");
      assertThat(ws.all(m -> m.has("data"))).as("only the push before unsubscribing").hasSize(1);
    }
  }

  @Test
  void pushesTickers() {
    try (WsClient ws = new WsClient(emu.wsPublicUrl())) {
      ws.send(
          Map.of("op", "subscribe", "args", List.of(Map.of("channel", "tickers", "instId", BTC))));
      emu.control().setMarkPrice(BTC, new BigDecimal("99000"));
      JsonNode t = ws.await(m -> "99000".equals(m.path("data").path(0).path("last").asString()));
      assertThat(t.path("arg").path("channel").asString()).isEqualTo("tickers");
      assertThat(t.path("data").path(0).has("askPx")).isTrue();
    }
  }

  @Test
  void answersErrorsForBadRequests() {
    try (WsClient ws = new WsClient(emu.wsPublicUrl())) {
      ws.send("{not json");
      assertThat(ws.await(m -> "error".equals(m.path("event").asString())).path("code").asString())
          .isEqualTo("60012");
    }
    try (WsClient ws = new WsClient(emu.wsPublicUrl())) {
      ws.send(
          Map.of(
              "op",
              "subscribe",
              "args",
              List.of(Map.of("channel", "positions", "instType", "SWAP"))));
      assertThat(ws.await(m -> m.has("code")).path("code").asString())
          .as("a private channel on the public URL")
          .isEqualTo("60018");
    }
    try (WsClient ws = new WsClient(emu.wsPublicUrl())) {
      ws.send(Map.of("op", "subscribe", "args", List.of(Map.of("channel", "mark-price"))));
      assertThat(ws.await(m -> m.has("code")).path("code").asString()).isEqualTo("60013");
    }
    try (WsClient ws = new WsClient(emu.wsPrivateUrl())) {
      ws.send(
          Map.of(
              "op", "subscribe", "args", List.of(Map.of("channel", "orders", "instType", "SWAP"))));
      assertThat(ws.await(m -> m.has("code")).path("code").asString()).isEqualTo("60011");
    }
    try (WsClient ws = new WsClient(emu.wsBusinessUrl())) {
      ws.send(
          Map.of(
              "op",
              "subscribe",
              "args",
              List.of(Map.of("channel", "mark-price-candle1m", "instId", BTC))));
      assertThat(ws.await(m -> m.has("code")).path("code").asString()).isEqualTo("60018");
    }
  }

  @Test
  void closesConnectionsIdleForThirtySeconds() {
    try (WsClient idle = new WsClient(emu.wsPublicUrl());
        WsClient chatty = new WsClient(emu.wsPublicUrl())) {
      emu.control().advanceClock(Duration.ofSeconds(20));
      chatty.send("ping");
      chatty.awaitText("pong");
      emu.control().advanceClock(Duration.ofSeconds(11));
      idle.awaitClosed();
      assertThat(chatty.isClosed()).isFalse();
    }
  }
}
