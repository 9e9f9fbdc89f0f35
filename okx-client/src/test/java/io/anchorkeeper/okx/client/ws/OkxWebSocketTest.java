package io.anchorkeeper.okx.client.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.anchorkeeper.okx.client.OkxClientFactory;
import io.anchorkeeper.okx.client.OkxConfig;
import io.anchorkeeper.okx.client.json.OkxJson;
import io.anchorkeeper.okx.client.testing.FakeOkxServer;
import io.anchorkeeper.okx.client.testing.FakeOkxWsServer;
import io.anchorkeeper.okx.client.testing.Samples;
import io.anchorkeeper.okx.client.testing.TestConfigs;
import io.anchorkeeper.okx.client.testing.WindowCheck;
import io.anchorkeeper.okx.client.ws.push.PositionsPush;
import io.anchorkeeper.okx.client.ws.push.WsArg;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OkxWebSocketTest {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final List<WsArg> PRIVATE_ARGS =
      List.of(WsArg.positions("SWAP"), WsArg.orders("SWAP"), WsArg.balanceAndPosition());

  private FakeOkxServer rest;
  private FakeOkxWsServer ws;
  private OkxClientFactory factory;
  private final RecordingListener listener = new RecordingListener();

  @BeforeEach
  void start() throws Exception {
    rest = new FakeOkxServer();
    ws = new FakeOkxWsServer();
    factory = new OkxClientFactory(config(Duration.ofSeconds(20), Duration.ofSeconds(5)));
  }

  @AfterEach
  void stop() throws Exception {
    factory.close();
    ws.close();
    rest.close();
  }

  private OkxConfig config(Duration pingInterval, Duration pongTimeout) {
    String wsBase = "ws://127.0.0.1:" + ws.port() + "/ws/v5/";
    return TestConfigs.loopback(rest.port())
        .withUrls(
            URI.create("http://127.0.0.1:" + rest.port()),
            URI.create(wsBase + "public"),
            URI.create(wsBase + "private"))
        .withWebSocket(
            WebSocketSettings.defaults()
                .withPing(pingInterval, pongTimeout)
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(200), 42)
                .withAckTimeout(Duration.ofSeconds(2)));
  }

  @Test
  void publicConnectionSubscribesResyncsAndJoinsFragmentedPushes() {
    OkxWebSocket socket = factory.publicWebSocket(listener);
    socket.subscribe(List.of(WsArg.markPrice("BTC-USDT-SWAP")));
    socket.start();

    await().atMost(WAIT).until(() -> listener.resyncs.get() == 1);
    assertThat(socket.isReady()).isTrue();
    JsonNode subscribe = OkxJson.parse(ws.latest().received().get(0));
    assertThat(subscribe.get("op").asString()).isEqualTo("subscribe");
    assertThat(subscribe.get("args").get(0).get("channel").asString()).isEqualTo("mark-price");

    ws.latest().sendFragmented(Samples.read("ws-mark-price-push-docs.json"), 4);

    await().atMost(WAIT).until(() -> listener.markPrices.size() == 1);
    assertThat(listener.markPrices.get(0).data().get(0).markPx()).contains(new BigDecimal("0.1"));
    assertThat(listener.markPrices.get(0).arg().param("instId")).contains("LTC-USD-190628");
  }

  @Test
  void privateConnectionLogsInThenSubscribesThenResyncs() {
    OkxWebSocket socket = factory.privateWebSocket(TestConfigs.credentials(1), listener);
    socket.subscribe(PRIVATE_ARGS);
    socket.start();

    await().atMost(WAIT).until(() -> listener.resyncs.get() == 1);
    List<String> received = ws.latest().received();
    assertThat(OkxJson.parse(received.get(0)).get("op").asString()).isEqualTo("login");
    assertThat(OkxJson.parse(received.get(1)).get("args")).hasSize(3);

    ws.latest().send(Samples.read("ws-positions-push-docs.json"));
    ws.latest().send(Samples.read("ws-orders-push.json"));

    await().atMost(WAIT).until(() -> listener.orders.size() == 1);
    PositionsPush positions = listener.positions.get(0);
    assertThat(positions.eventType()).isEqualTo("snapshot");
    assertThat(positions.curPage()).contains(1);
    assertThat(positions.lastPage()).contains(true);
    assertThat(positions.data().get(0).margin()).contains(new BigDecimal("0.0003896645377994"));
    var fill = listener.orders.get(0).data().get(0);
    assertThat(fill.execType()).isEqualTo("M");
    assertThat(fill.order().fillSz()).contains(new BigDecimal("0.03"));
    assertThat(fill.order().clOrdId()).isEqualTo("001BTCUSDT20250106001");
  }

  @Test
  void pingsAfterSilenceAndStaysConnectedWhilePongsCome() throws Exception {
    factory.close();
    factory = new OkxClientFactory(config(Duration.ofMillis(150), Duration.ofSeconds(1)));
    OkxWebSocket socket = factory.publicWebSocket(listener);
    socket.subscribe(List.of(WsArg.tickers("BTC-USDT-SWAP")));
    socket.start();

    await()
        .atMost(WAIT)
        .until(
            () ->
                ws.connections().size() == 1
                    && ws.latest().received().stream().filter("ping"::equals).count() >= 4);

    assertThat(ws.connections()).hasSize(1);
    assertThat(listener.disconnects).isEmpty();
  }

  @Test
  void aMissingPongReconnectsReLogsInResubscribesAndResyncs() {
    factory.close();
    factory = new OkxClientFactory(config(Duration.ofMillis(150), Duration.ofMillis(300)));
    OkxWebSocket socket = factory.privateWebSocket(TestConfigs.credentials(1), listener);
    socket.subscribe(PRIVATE_ARGS);
    socket.start();
    await().atMost(WAIT).until(() -> listener.resyncs.get() == 1);

    ws.answerPong(false);

    await().atMost(WAIT).until(() -> listener.resyncs.get() == 2);
    assertThat(ws.connections()).hasSize(2);
    assertThat(listener.disconnects.get(0)).contains("no pong");
    List<String> second = ws.latest().received();
    assertThat(OkxJson.parse(second.get(0)).get("op").asString()).isEqualTo("login");
    JsonNode resubscribe = OkxJson.parse(second.get(1));
    assertThat(resubscribe.get("op").asString()).isEqualTo("subscribe");
    assertThat(resubscribe.get("args")).hasSize(3);
  }

  @Test
  void aDroppedConnectionIsRestoredAndResynced() {
    OkxWebSocket socket = factory.privateWebSocket(TestConfigs.credentials(1), listener);
    socket.subscribe(PRIVATE_ARGS);
    socket.start();
    await().atMost(WAIT).until(() -> listener.resyncs.get() == 1);

    ws.latest().drop();

    await().atMost(WAIT).until(() -> listener.resyncs.get() == 2);
    assertThat(ws.connections()).hasSize(2);
    assertThat(listener.disconnects).hasSize(1);
  }

  @Test
  void channelsAddedWhileConnectedAreSubscribedAndKeptForReconnects() {
    OkxWebSocket socket = factory.publicWebSocket(listener);
    socket.start();
    await().atMost(WAIT).until(() -> listener.resyncs.get() == 1);

    socket.subscribe(List.of(WsArg.markPrice("ETH-USDT-SWAP")));
    await().atMost(WAIT).until(() -> ws.latest().received().size() == 1);
    ws.latest().drop();

    await().atMost(WAIT).until(() -> listener.resyncs.get() == 2);
    assertThat(ws.latest().received().get(0)).contains("ETH-USDT-SWAP");
  }

  @Test
  void aRefusedLoginIsReportedAndRetriedWithoutResync() {
    ws.acceptLogins(false);
    OkxWebSocket socket = factory.privateWebSocket(TestConfigs.credentials(1), listener);
    socket.subscribe(PRIVATE_ARGS);
    socket.start();

    await().atMost(WAIT).until(() -> ws.connections().size() >= 3);
    assertThat(listener.events).anySatisfy(e -> assertThat(e.code()).isEqualTo("60009"));
    assertThat(listener.resyncs).hasValue(0);
    assertThat(ws.connections().get(0).received()).hasSize(1);
  }

  @Test
  void onlyOnePrivateConnectionPerKey() {
    OkxWebSocket first = factory.privateWebSocket(TestConfigs.credentials(1), listener);

    assertThatThrownBy(() -> factory.privateWebSocket(TestConfigs.credentials(1), listener))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining(TestConfigs.credentials(1).apiKey());
    factory.privateWebSocket(TestConfigs.credentials(2), listener).close();

    factory.privateWebSocket(TestConfigs.credentials(2), listener).close();
    first.start();
    first.close();
    assertThat(factory.privateWebSocket(TestConfigs.credentials(1), listener)).isNotSameAs(first);
    assertThatThrownBy(first::start).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void connectionAttemptsArePacedToThreePerSecond() {
    List<OkxWebSocket> sockets = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      OkxWebSocket socket = factory.publicWebSocket(new RecordingListener());
      sockets.add(socket);
      socket.start();
    }

    await().atMost(WAIT).until(() -> ws.connections().size() == 7);
    assertThat(WindowCheck.maxInAnyWindow(ws.openNanos(), Duration.ofSeconds(1).toNanos()))
        .isLessThanOrEqualTo(3);
    sockets.forEach(OkxWebSocket::close);
  }
}
