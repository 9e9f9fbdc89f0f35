package io.anchorkeeper.okx.emulator.ws;

import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import io.anchorkeeper.okx.emulator.engine.Account;
import io.anchorkeeper.okx.emulator.engine.AccountUpdate;
import io.anchorkeeper.okx.emulator.engine.Engine;
import io.anchorkeeper.okx.emulator.engine.EngineListener;
import io.anchorkeeper.okx.emulator.engine.Fill;
import io.anchorkeeper.okx.emulator.engine.OrderSnapshot;
import io.anchorkeeper.okx.emulator.fault.FaultInjector;
import io.anchorkeeper.okx.emulator.market.Quote;
import io.anchorkeeper.okx.emulator.market.QuoteListener;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.websocket.api.StatusCode;

/**
 * All open WebSocket connections. Turns engine and price events into pushes for the connections
 * whose subscriptions cover them (private connections are indexed by uid, so a fill visits only its
 * account's connections), runs periodic snapshots and the idle timeout, and applies WS_DROP faults
 * before each push.
 */
public final class WsHub implements EngineListener, QuoteListener {

  private final Engine engine;
  private final EmulatorClock clock;
  private final FaultInjector faults;
  private final long idleMillis;
  private final WsPushes pushes;
  private final AtomicLong connIds = new AtomicLong(0xa4d3ae00L);
  private final Set<WsConnection> connections = ConcurrentHashMap.newKeySet();
  private final Map<String, Set<WsConnection>> byUid = new ConcurrentHashMap<>();
  private volatile WsRequests requests;

  public WsHub(Engine engine, EmulatorClock clock, FaultInjector faults, Duration idleTimeout) {
    this.engine = engine;
    this.clock = clock;
    this.faults = faults;
    this.idleMillis = idleTimeout.toMillis();
    this.pushes = new WsPushes(engine);
  }

  /** Wires the handler of inbound messages (it needs the hub, so it is set after construction). */
  public void requests(WsRequests handler) {
    this.requests = handler;
  }

  WsPushes pushes() {
    return pushes;
  }

  /** A new connection object for an upgrade on {@code kind}'s path. */
  public WsConnection create(WsKind kind) {
    return new WsConnection(
        kind, String.format("%08x", connIds.incrementAndGet()), this, clock.millis());
  }

  void opened(WsConnection c) {
    connections.add(c);
  }

  void closed(WsConnection c) {
    connections.remove(c);
    c.account().ifPresent(a -> byUid.getOrDefault(a.uid(), Set.of()).remove(c));
  }

  void received(WsConnection c, String text) {
    c.touch(clock.millis());
    requests.handle(c, text);
  }

  void loggedIn(WsConnection c, Account a) {
    byUid.computeIfAbsent(a.uid(), k -> ConcurrentHashMap.newKeySet()).add(c);
  }

  /** Sends to one connection, unless a WS_DROP fault fires for it, which drops it instead. */
  void push(WsConnection c, String text) {
    String account = c.account().map(Account::name).orElse("");
    if (faults.dropConnection(c.kind().wire(), account, false)) {
      c.drop();
      return;
    }
    c.touch(clock.millis());
    c.send(text);
  }

  /** Sends an answer to a client request (never faulted). */
  void reply(WsConnection c, String text) {
    c.touch(clock.millis());
    c.send(text);
  }

  public int openConnections() {
    return connections.size();
  }

  @Override
  public void orderChanged(Account account, OrderSnapshot order, Optional<Fill> fill) {
    String family = engine.catalogue().find(order.instId()).map(i -> i.instFamily()).orElse("");
    for (WsConnection c : byUid.getOrDefault(account.uid(), Set.of())) {
      for (Subscription s : c.subscriptions()) {
        if ("orders".equals(s.channel()) && s.covers(order.instId(), family)) {
          push(c, pushes.order(s, account, order, fill));
        }
      }
    }
  }

  @Override
  public void accountChanged(Account account, AccountUpdate u) {
    for (WsConnection c : byUid.getOrDefault(account.uid(), Set.of())) {
      for (Subscription s : c.subscriptions()) {
        switch (s.channel()) {
          case "positions" -> pushes.positionsUpdate(s, account, u).ifPresent(m -> push(c, m));
          case "account" -> push(c, pushes.account(s, account, u.balance(), "event_update"));
          case "balance_and_position" -> {
            if (u.eventType() != null) {
              push(
                  c,
                  pushes.balanceAndPosition(
                      s, account, u.eventType(), u.balance(), u.positions(), u.trades()));
            }
          }
          default -> {}
        }
      }
    }
  }

  @Override
  public void onQuote(Quote quote, boolean markMoved) {
    for (WsConnection c : connections) {
      if (c.kind() != WsKind.PUBLIC) {
        continue;
      }
      for (Subscription s : c.subscriptions()) {
        if (!quote.instId().equals(s.get("instId"))) {
          continue;
        }
        if ("mark-price".equals(s.channel()) && markMoved) {
          push(c, pushes.markPrice(s, quote));
        } else if ("tickers".equals(s.channel())) {
          push(c, pushes.ticker(s, quote.instId()));
        }
      }
    }
  }

  /** Periodic snapshots of positions and account (not for event-only subscriptions). */
  public void periodicSnapshots() {
    for (WsConnection c : connections) {
      Optional<Account> account = c.account();
      if (account.isEmpty()) {
        continue;
      }
      for (Subscription s : c.subscriptions()) {
        if (s.eventsOnly()) {
          continue;
        }
        if ("positions".equals(s.channel())) {
          pushes.positionsSnapshot(s, account.get()).forEach(m -> push(c, m));
        } else if ("account".equals(s.channel())) {
          push(c, pushes.account(s, account.get(), engine.balance(account.get()), "snapshot"));
        }
      }
    }
  }

  /** The mark-price channel also pushes when the price stands still (OKX: every 10 s). */
  public void markPriceHeartbeat() {
    for (WsConnection c : connections) {
      for (Subscription s : c.subscriptions()) {
        if ("mark-price".equals(s.channel())) {
          engine.prices().quote(s.get("instId")).ifPresent(q -> push(c, pushes.markPrice(s, q)));
        }
      }
    }
  }

  /** Closes connections with no traffic either way for the idle timeout (OKX: 30 s). */
  public void closeIdle() {
    long now = clock.millis();
    for (WsConnection c : connections) {
      if (now - c.lastActivity() >= idleMillis) {
        connections.remove(c);
        c.close(StatusCode.NORMAL, "idle for " + idleMillis + " ms");
      }
    }
  }

  /** Drops at once the connections that a newly posted immediate WS_DROP rule matches. */
  public int dropMatching() {
    int dropped = 0;
    for (WsConnection c : connections) {
      String account = c.account().map(Account::name).orElse("");
      if (faults.dropConnection(c.kind().wire(), account, true)) {
        c.drop();
        dropped++;
      }
    }
    return dropped;
  }
}
