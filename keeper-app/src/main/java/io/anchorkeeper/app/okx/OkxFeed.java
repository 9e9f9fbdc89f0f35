package io.anchorkeeper.app.okx;

import io.anchorkeeper.app.engine.ExchangeFeed;
import io.anchorkeeper.app.engine.FeedListener;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.slot.AccountName;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The keeper's OKX pushes: mark prices of the watched instruments over public connections ({@link
 * MarkPriceStreams}), and per watched account its positions over the account's one private
 * connection, which {@link OkxExchange} shares for its order confirmations. After every (re)connect
 * of an account's connection the listener hears {@link FeedListener#onResync}; an account whose
 * connection was already up when it is watched hears it at once. A public reconnect needs no
 * resync: mark prices are pushed again within seconds.
 */
public final class OkxFeed implements ExchangeFeed {

  private final OkxConnections connections;
  private final boolean pushes;
  private final Set<AccountName> accounts = new LinkedHashSet<>();
  private FeedListener listener;
  private MarkPriceStreams marks;

  public OkxFeed(OkxConnections connections) {
    this(connections, true);
  }

  private OkxFeed(OkxConnections connections, boolean pushes) {
    this.connections = Objects.requireNonNull(connections, "connections must not be null");
    this.pushes = pushes;
  }

  /**
   * A feed that subscribes to nothing: the engine then learns of positions and marks only from its
   * periodic full reads, as the system Anchor Keeper replaces did (keeper-bench's polling mode, the
   * baseline of the reaction figure). Never for real use.
   */
  public static OkxFeed polling(OkxConnections connections) {
    return new OkxFeed(connections, false);
  }

  @Override
  public synchronized void start(
      Collection<AccountName> watchedAccounts,
      Collection<InstrumentId> instruments,
      FeedListener feedListener) {
    if (listener != null) {
      throw new IllegalStateException("the OKX feed is already started");
    }
    this.listener = Objects.requireNonNull(feedListener, "listener must not be null");
    if (!pushes) {
      return;
    }
    this.marks =
        new MarkPriceStreams(
            connections.factory(),
            connections.settings().markPricesPerConnection(),
            feedListener,
            Clock.systemUTC(),
            connections.marks());
    watch(watchedAccounts, instruments);
  }

  @Override
  public synchronized void watch(
      Collection<AccountName> watchedAccounts, Collection<InstrumentId> instruments) {
    if (listener == null) {
      throw new IllegalStateException("start the OKX feed before watching more");
    }
    if (!pushes) {
      return;
    }
    for (AccountName account : watchedAccounts) {
      if (accounts.add(account)) {
        OkxAccountSession session = connections.session(account);
        PositionPushes pushes = new PositionPushes(account, listener);
        session.listen(pushes);
        session.openStream();
        if (session.streamReady()) {
          pushes.onResync();
        }
      }
    }
    marks.watch(instruments);
  }

  /** The number of public connections carrying mark prices. */
  public synchronized int publicConnections() {
    return marks == null ? 0 : marks.connections();
  }

  /** Read-only, for the health check (ops): the public connections subscribed and up now. */
  public synchronized int readyPublicConnections() {
    return marks == null ? 0 : marks.readyConnections();
  }

  /**
   * Stops the pushes. The accounts' private connections stay open for the exchange's orders until
   * {@link OkxConnections#close()}.
   */
  @Override
  public synchronized void close() {
    for (AccountName account : List.copyOf(accounts)) {
      connections.existingSession(account).ifPresent(OkxAccountSession::stopListening);
    }
    accounts.clear();
    if (marks != null) {
      marks.close();
    }
  }
}
