package io.anchorkeeper.okx.client.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.client.testing.Samples;
import io.anchorkeeper.okx.client.ws.push.OrderUpdate;
import io.anchorkeeper.okx.client.ws.push.PositionsPush;
import io.anchorkeeper.okx.client.ws.push.WsArg;
import io.anchorkeeper.okx.client.ws.push.WsEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inbound messages from the samples reach the right callback as typed records. */
class WsInboundTest {
  private final RecordingListener listener = new RecordingListener();
  private final List<WsEvent> events = new ArrayList<>();

  @Test
  void positionsWithoutEventTypeHaveNoPaging() {
    route("ws-positions-push-synthetic.json");

    PositionsPush push = listener.positions.get(0);
    assertThat(push.eventType()).isEmpty();
    assertThat(push.curPage()).isEmpty();
    assertThat(push.data().get(0).pos()).contains(new BigDecimal("0.5"));
    assertThat(push.arg()).isEqualTo(WsArg.positions("SWAP"));
  }

  @Test
  void liquidationOrdersCarryCategoryAndNegativePnl() {
    route("ws-orders-push-liquidation.json");

    OrderUpdate update = listener.orders.get(0).data().get(0);
    assertThat(update.order().category()).isEqualTo("full_liquidation");
    assertThat(update.order().pnl()).contains(new BigDecimal("-5000"));
    assertThat(update.execType()).isEqualTo("T");
    assertThat(update.fillFee()).isEmpty();
  }

  @Test
  void eventsAreSortedFromPushes() {
    route("ws-login-event-docs.json");
    route("ws-login-error-event-docs.json");
    route("ws-subscribe-error-event-docs.json");
    route("ws-subscribe-event-positions-docs.json");

    assertThat(events)
        .extracting(WsEvent::event)
        .containsExactly("login", "error", "error", "subscribe");
    assertThat(events.get(1).code()).isEqualTo("60009");
    assertThat(events.get(2).id()).isEqualTo("1512");
    assertThat(events.get(3).arg().orElseThrow().param("instFamily")).contains("BTC-USD");
    assertThat(listener.positions).isEmpty();
  }

  @Test
  void pongAndGarbageAreIgnored() {
    WsInbound.route("pong", events::add, listener);
    WsInbound.route("not json", events::add, listener);

    assertThat(events).isEmpty();
  }

  @Test
  void acknowledgementsAreMatchedPerArgAndErrorsPerRequest() {
    PendingAcks pending = new PendingAcks();
    pending.expect(
        "r1",
        List.of(WsArg.positions("FUTURES").with("instFamily", "BTC-USD"), WsArg.orders("SWAP")));
    pending.expect("1512", List.of(WsArg.markPrice("X")));
    route("ws-subscribe-event-positions-docs.json");
    events.forEach(pending::apply);
    assertThat(pending.isEmpty()).isFalse();

    pending.apply(
        new WsEvent("subscribe", "", "", "", "r1", java.util.Optional.of(WsArg.orders("SWAP"))));
    route("ws-subscribe-error-event-docs.json");
    pending.apply(events.get(1));

    assertThat(pending.isEmpty()).isTrue();
  }

  private void route(String sample) {
    WsInbound.route(Samples.read(sample), events::add, listener);
  }
}
