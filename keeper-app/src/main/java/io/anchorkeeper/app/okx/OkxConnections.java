package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.okx.client.OkxClientFactory;
import io.anchorkeeper.okx.client.rest.PublicDataApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The keeper's connections to OKX for many accounts in one process: one {@link OkxClientFactory}
 * (one HTTP client, one server-time offset, shared IP limits), and per account a session with its
 * own REST client (its own per-account limits) and its own private WebSocket. {@link OkxExchange}
 * and {@link OkxFeed} are both built on one instance and share its sessions, so an account's {@code
 * orders} pushes confirm the exchange's orders on the connection the feed listens to.
 *
 * <p>The factory belongs to the caller, who closes it after this.
 */
public final class OkxConnections implements AutoCloseable {

  private final OkxClientFactory factory;
  private final OkxAccounts accounts;
  private final OkxAdapterSettings settings;
  private final OkxInstrumentCatalog instruments;
  private final Map<AccountName, OkxAccountSession> sessions = new ConcurrentHashMap<>();
  private final ExecutorService io;
  private final PushedMarks marks = new PushedMarks(MARK_MAX_AGE, System::nanoTime);
  private volatile boolean closed;

  /**
   * How old a pushed mark may be and still stand for the current one. OKX pushes a mark on every
   * change; an instrument that has been quiet for longer is read over REST.
   */
  static final Duration MARK_MAX_AGE = Duration.ofSeconds(3);

  public OkxConnections(
      OkxClientFactory factory, OkxAccounts accounts, OkxAdapterSettings settings) {
    this.factory = Objects.requireNonNull(factory, "factory must not be null");
    this.accounts = Objects.requireNonNull(accounts, "accounts must not be null");
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    this.instruments =
        new OkxInstrumentCatalog(
            factory.publicRest().publicData(), settings.instrumentRefresh(), Clock.systemUTC());
    this.io = Executors.newCachedThreadPool(daemonThreads());
  }

  public OkxAccounts accounts() {
    return accounts;
  }

  /** The marks the feed's public connections pushed (shared with the exchange's reads). */
  PushedMarks marks() {
    return marks;
  }

  public OkxAdapterSettings settings() {
    return settings;
  }

  /**
   * Reads OKX's swap list now, at start-up; without this call it is read on first use. Tiers are
   * read per instrument family when first needed.
   */
  public void loadInstruments() {
    instruments.load();
  }

  /** Forgets the cached instrument specs and tiers; the next use reads them again. */
  public void refreshInstruments() {
    instruments.refresh();
  }

  /** Closes every account's private connection and the adapter's threads. */
  @Override
  public void close() {
    closed = true;
    List.copyOf(sessions.values()).forEach(OkxAccountSession::close);
    sessions.clear();
    io.shutdownNow();
  }

  /**
   * The account's session, made on first use.
   *
   * @throws IllegalArgumentException when the account is not configured
   */
  OkxAccountSession session(AccountName name) {
    if (closed) {
      throw new IllegalStateException("the OKX connections are closed");
    }
    OkxAccount account = accounts.get(name);
    return sessions.computeIfAbsent(name, n -> new OkxAccountSession(account, factory));
  }

  /** The account's session if one was made, without making one. */
  Optional<OkxAccountSession> existingSession(AccountName name) {
    return Optional.ofNullable(sessions.get(name));
  }

  /**
   * Read-only, for the health check (ops): each account whose private connection was started, and
   * whether it is logged in and subscribed now (false while it reconnects), by account name.
   */
  public Map<AccountName, Boolean> privateStreams() {
    Map<AccountName, Boolean> streams = new TreeMap<>(Comparator.comparing(AccountName::value));
    sessions.forEach(
        (name, session) -> {
          if (session.streamOpened()) {
            streams.put(name, session.streamReady());
          }
        });
    return streams;
  }

  OkxInstrumentCatalog instruments() {
    return instruments;
  }

  PublicDataApi publicData() {
    return factory.publicRest().publicData();
  }

  OkxClientFactory factory() {
    return factory;
  }

  /** Threads for reads done side by side (a slot's position and its balance). */
  ExecutorService io() {
    return io;
  }

  /** OKX's time as best known, the base of every order's {@code expTime}. */
  Instant serverNow() {
    return factory.serverClock().now();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "okx-adapter-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
