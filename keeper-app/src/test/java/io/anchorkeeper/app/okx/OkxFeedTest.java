package io.anchorkeeper.app.okx;

import static io.anchorkeeper.app.okx.TestEmulators.BTC;
import static io.anchorkeeper.app.okx.TestEmulators.ETH;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.app.okx.RecordingFeedListener.Disconnect;
import io.anchorkeeper.app.okx.RecordingFeedListener.Mark;
import io.anchorkeeper.app.okx.RecordingFeedListener.PositionEvent;
import io.anchorkeeper.app.okx.RecordingFeedListener.Resync;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.okx.emulator.OkxEmulator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pushes in core terms, resync after every (re)connect, and the connection layout. */
class OkxFeedTest {

  private OkxEmulator emulator;
  private OkxRig rig;
  private OkxFeed feed;
  private OkxAccount account;
  private SlotId btcLong;
  private final RecordingFeedListener listener = new RecordingFeedListener();

  @BeforeEach
  void start() {
    emulator = TestEmulators.virtual();
    rig = new OkxRig(emulator, OkxRig.settings().withMarkPricesPerConnection(2));
    feed = new OkxFeed(rig.connections);
    account = rig.add(TestEmulators.newSub(emulator, "10000"));
    btcLong = SlotId.of(account.name().value(), BTC, "long");
  }

  @AfterEach
  void stop() {
    feed.close();
    rig.close();
    emulator.close();
  }

  @Test
  void resyncsEachAccountOnConnectThenPushesPositionsAsTheyOpenAndClose() {
    feed.start(List.of(account.name()), List.of(InstrumentId.of(BTC)), listener);
    listener.await(Resync.class, r -> r.account().equals(account.name()));

    rig.exchange.placeMarketOrder(Orders.open(btcLong, "0.3"));
    listener.await(
        PositionEvent.class,
        e ->
            e.slot().equals(btcLong)
                && e.position().map(p -> p.size().equals(Contracts.of("0.3"))).orElse(false));

    rig.exchange.placeMarketOrder(Orders.close(btcLong, "0.3"));
    listener.await(PositionEvent.class, e -> e.slot().equals(btcLong) && e.position().isEmpty());
  }

  @Test
  void pushesMarkPricesOfTheWatchedInstruments() {
    feed.start(List.of(), List.of(InstrumentId.of(BTC)), listener);
    listener.await(Mark.class, m -> m.mark().equals(Price.of("100000")));

    emulator.control().setMarkPrice(BTC, new BigDecimal("100500"));

    listener.await(
        Mark.class,
        m -> m.instrument().equals(InstrumentId.of(BTC)) && m.mark().equals(Price.of("100500")));
  }

  @Test
  void aPollingFeedSubscribesToNothing() throws InterruptedException {
    OkxFeed polling = OkxFeed.polling(rig.connections);
    polling.start(List.of(account.name()), List.of(InstrumentId.of(BTC)), listener);
    emulator.control().setMarkPrice(BTC, new BigDecimal("100900"));
    Thread.sleep(300);

    assertThat(polling.publicConnections()).isZero();
    assertThat(rig.connections.privateStreams()).isEmpty();
    assertThat(listener.events()).isEmpty();
    polling.close();
  }

  @Test
  void theExchangeAnswersAFreshlyPushedMarkWithoutAskingOkx() {
    feed.start(List.of(), List.of(InstrumentId.of(BTC)), listener);
    emulator.control().setMarkPrice(BTC, new BigDecimal("100700"));
    listener.await(Mark.class, m -> m.mark().equals(Price.of("100700")));
    emulator.control().clearRequests();

    assertThat(rig.exchange.markPrice(InstrumentId.of(BTC))).isEqualTo(Price.of("100700"));
    assertThat(emulator.control().requests(r -> r.path().contains("mark-price"), 10)).isEmpty();

    // An instrument the feed does not carry is read over REST.
    assertThat(rig.exchange.markPrice(InstrumentId.of(ETH))).isNotNull();
    assertThat(emulator.control().requests(r -> r.path().contains("mark-price"), 10)).hasSize(1);
  }

  @Test
  void aDroppedPrivateConnectionReconnectsResyncsAndPushesResume() {
    feed.start(List.of(account.name()), List.of(), listener);
    listener.await(Resync.class, r -> r.account().equals(account.name()));

    emulator.control().addFaultPlan(Faults.plan(Faults.dropNow("private", account.name().value())));

    listener.await(Disconnect.class, d -> d.connection().equals("okx-private-" + account.name()));
    listener.awaitCount(Resync.class, r -> r.account().equals(account.name()), 2);
    rig.exchange.placeMarketOrder(Orders.open(btcLong, "0.1"));
    listener.await(PositionEvent.class, e -> e.slot().equals(btcLong) && e.position().isPresent());
  }

  @Test
  void aDroppedPublicConnectionReconnectsAndMarkPricesResume() {
    feed.start(List.of(), List.of(InstrumentId.of(BTC)), listener);
    listener.await(Mark.class, m -> m.mark().equals(Price.of("100000")));

    emulator.control().addFaultPlan(Faults.plan(Faults.dropNow("public", null)));
    listener.await(Disconnect.class, d -> d.connection().equals("okx-public-1"));
    listener.awaitCount(Mark.class, m -> m.mark().equals(Price.of("100000")), 2);

    emulator.control().setMarkPrice(BTC, new BigDecimal("99000"));
    listener.await(Mark.class, m -> m.mark().equals(Price.of("99000")));
  }

  @Test
  void spreadsMarkPricesOverConnectionsOfTheConfiguredSize() {
    feed.start(
        List.of(),
        List.of(InstrumentId.of(BTC), InstrumentId.of(ETH), InstrumentId.of("SOL-USDT-SWAP")),
        listener);

    assertThat(feed.publicConnections()).isEqualTo(2);
    listener.await(Mark.class, m -> m.instrument().equals(InstrumentId.of("SOL-USDT-SWAP")));
    listener.await(Mark.class, m -> m.instrument().equals(InstrumentId.of(ETH)));
    listener.await(Mark.class, m -> m.instrument().equals(InstrumentId.of(BTC)));

    feed.watch(List.of(), List.of(InstrumentId.of("DOGE-USDT-SWAP")));
    assertThat(feed.publicConnections()).isEqualTo(2);
    feed.watch(List.of(), List.of(InstrumentId.of("XRP-USDT-SWAP")));
    assertThat(feed.publicConnections()).isEqualTo(3);
  }

  @Test
  void anAccountWhoseConnectionIsAlreadyUpIsResyncedWhenWatched() {
    rig.exchange.placeMarketOrder(Orders.open(btcLong, "0.1")); // the exchange opened it

    feed.start(List.of(account.name()), List.of(), listener);

    listener.await(Resync.class, r -> r.account().equals(account.name()));
    emulator.control().setMarkPrice(BTC, new BigDecimal("100000")); // no change, no push
    rig.exchange.placeMarketOrder(Orders.open(btcLong, "0.1"));
    listener.await(
        PositionEvent.class,
        e -> e.position().map(p -> p.size().equals(Contracts.of("0.2"))).orElse(false));
  }
}
