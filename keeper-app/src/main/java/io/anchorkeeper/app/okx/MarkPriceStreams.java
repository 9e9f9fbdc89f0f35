package io.anchorkeeper.app.okx;

import io.anchorkeeper.app.engine.FeedListener;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.okx.client.OkxClientFactory;
import io.anchorkeeper.okx.client.rest.model.MarkPrice;
import io.anchorkeeper.okx.client.ws.OkxWebSocket;
import io.anchorkeeper.okx.client.ws.OkxWsListener;
import io.anchorkeeper.okx.client.ws.push.MarkPricePush;
import io.anchorkeeper.okx.client.ws.push.WsArg;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Public {@code mark-price} subscriptions spread over as few public connections as the per-
 * connection limit allows: a new connection opens only when the last one is full. okx-client paces
 * the connection attempts and re-subscribes after each reconnect.
 */
final class MarkPriceStreams implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MarkPriceStreams.class);

  private final OkxClientFactory factory;
  private final int perConnection;
  private final FeedListener listener;
  private final Clock clock;
  private final PushedMarks marks;
  private final Set<InstrumentId> watched = new HashSet<>();
  private final List<OkxWebSocket> sockets = new ArrayList<>();
  private int onLastSocket;

  MarkPriceStreams(
      OkxClientFactory factory,
      int perConnection,
      FeedListener listener,
      Clock clock,
      PushedMarks marks) {
    this.factory = factory;
    this.marks = marks;
    this.perConnection = perConnection;
    this.listener = listener;
    this.clock = clock;
  }

  synchronized void watch(Collection<InstrumentId> instruments) {
    List<WsArg> batch = new ArrayList<>();
    for (InstrumentId instrument : instruments) {
      if (!watched.add(instrument)) {
        continue;
      }
      if (sockets.isEmpty() || onLastSocket == perConnection) {
        flush(batch);
        open();
      }
      batch.add(WsArg.markPrice(instrument.value()));
      onLastSocket++;
    }
    flush(batch);
  }

  /** The number of public connections in use. */
  synchronized int connections() {
    return sockets.size();
  }

  /** The public connections subscribed and up now (for health). */
  synchronized int readyConnections() {
    return (int) sockets.stream().filter(OkxWebSocket::isReady).count();
  }

  @Override
  public synchronized void close() {
    sockets.forEach(OkxWebSocket::close);
    sockets.clear();
  }

  private void flush(List<WsArg> batch) {
    if (!batch.isEmpty()) {
      sockets.get(sockets.size() - 1).subscribe(List.copyOf(batch));
      batch.clear();
    }
  }

  private void open() {
    String name = "okx-public-" + (sockets.size() + 1);
    OkxWebSocket socket = factory.publicWebSocket(new Pushes(name));
    sockets.add(socket);
    onLastSocket = 0;
    socket.start();
  }

  private final class Pushes implements OkxWsListener {
    private final String name;

    Pushes(String name) {
      this.name = name;
    }

    @Override
    public void onMarkPrice(MarkPricePush push) {
      for (MarkPrice mark : push.data()) {
        Optional<InstrumentId> instrument = InstrumentIds.parse(mark.instId());
        Optional<Price> price = mark.markPx().filter(px -> px.signum() > 0).map(Price::of);
        if (instrument.isPresent() && price.isPresent()) {
          marks.pushed(instrument.get(), price.get());
          Instant at = mark.ts().orElseGet(clock::instant);
          try {
            listener.onMarkPrice(instrument.get(), price.get(), at);
          } catch (RuntimeException e) {
            LOG.warn("The feed listener failed on the mark price of {}", instrument.get(), e);
          }
        }
      }
    }

    @Override
    public void onDisconnected(String reason) {
      try {
        listener.onDisconnected(name, reason);
      } catch (RuntimeException e) {
        LOG.warn("The feed listener failed on the disconnect of {}", name, e);
      }
    }
  }
}
