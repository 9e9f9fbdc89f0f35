package io.anchorkeeper.okx.client;

import io.anchorkeeper.okx.client.auth.OkxCredentials;
import io.anchorkeeper.okx.client.auth.ServerClock;
import io.anchorkeeper.okx.client.ratelimit.RateLimiterRegistry;
import io.anchorkeeper.okx.client.rest.OkxRestClient;
import io.anchorkeeper.okx.client.rest.RestTransport;
import io.anchorkeeper.okx.client.ws.OkxWebSocket;
import io.anchorkeeper.okx.client.ws.OkxWsListener;
import io.anchorkeeper.okx.client.ws.WsShared;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The entry point: one factory per process (per egress IP). Every client it makes shares the HTTP
 * client, the server-time offset and the rate-limit registry, so IP limits are counted once for all
 * while each API key keeps its own per-account budget. It also keeps OKX's rule of one private
 * WebSocket per API key.
 */
public final class OkxClientFactory implements AutoCloseable {
  private final OkxConfig config;
  private final HttpClient http;
  private final RateLimiterRegistry limiters;
  private final ServerClock serverClock;
  private final OkxRestClient publicRest;
  private final ScheduledExecutorService scheduler;
  private final ExecutorService callbacks;
  private final Map<String, OkxWebSocket> privateSockets = new ConcurrentHashMap<>();
  private final Set<OkxWebSocket> openSockets = ConcurrentHashMap.newKeySet();
  private final WireTap tap;

  public OkxClientFactory(OkxConfig config) {
    this(config, WireTap.NONE);
  }

  /** With a tap on the traffic (keeper-bench's timestamps). */
  public OkxClientFactory(OkxConfig config, WireTap tap) {
    this(
        config,
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.connectTimeout())
            .build(),
        new RateLimiterRegistry(
            config.timeSource(), config.rateLimitPadding(), config.rateLimitListener()),
        tap);
  }

  /** With a caller-supplied HTTP client (its own connect timeout applies). */
  public OkxClientFactory(OkxConfig config, HttpClient http) {
    this(
        config,
        http,
        new RateLimiterRegistry(
            config.timeSource(), config.rateLimitPadding(), config.rateLimitListener()));
  }

  /**
   * With a caller-supplied HTTP client and rate-limit registry: give every factory of a process the
   * same registry, so IP limits stay shared (the config's rate-limit settings are then unused).
   */
  public OkxClientFactory(OkxConfig config, HttpClient http, RateLimiterRegistry limiters) {
    this(config, http, limiters, WireTap.NONE);
  }

  /** As above, with a tap on the traffic (keeper-bench's timestamps). */
  public OkxClientFactory(
      OkxConfig config, HttpClient http, RateLimiterRegistry limiters, WireTap tap) {
    this.config = config;
    this.tap = Objects.requireNonNull(tap, "tap must not be null");
    this.http = http;
    this.limiters = limiters;
    this.serverClock =
        new ServerClock(config.clock(), this::readServerTime, config.serverTimeRefresh());
    this.publicRest = new OkxRestClient(transport(Optional.empty()));
    this.scheduler = Executors.newScheduledThreadPool(2, daemon("okx-ws-timer"));
    this.callbacks = Executors.newCachedThreadPool(daemon("okx-ws-callback"));
  }

  /** Public market data only. */
  public OkxRestClient publicRest() {
    return publicRest;
  }

  /** The REST client of one account. Cheap: make one per API key and keep it. */
  public OkxRestClient rest(OkxCredentials credentials) {
    return new OkxRestClient(transport(Optional.of(credentials)));
  }

  /** A public connection (mark-price, tickers); call {@code start()} on it. */
  public OkxWebSocket publicWebSocket(OkxWsListener listener) {
    return webSocket(Optional.empty(), listener, () -> {});
  }

  /**
   * The private connection of one API key (positions, orders, balance_and_position, account).
   *
   * @throws IllegalStateException when that key already has an open one: OKX allows one login per
   *     connection and this client keeps one connection per key
   */
  public OkxWebSocket privateWebSocket(OkxCredentials credentials, OkxWsListener listener) {
    String key = credentials.budgetKey();
    return privateSockets.compute(
        key,
        (k, existing) -> {
          if (existing != null) {
            throw new IllegalStateException(
                "A private WebSocket for " + credentials.maskedKey() + " is already open");
          }
          return webSocket(Optional.of(credentials), listener, () -> privateSockets.remove(k));
        });
  }

  public ServerClock serverClock() {
    return serverClock;
  }

  public RateLimiterRegistry rateLimits() {
    return limiters;
  }

  public OkxConfig config() {
    return config;
  }

  /** Closes every WebSocket it made and stops the background threads. */
  @Override
  public void close() {
    List.copyOf(openSockets).forEach(OkxWebSocket::close);
    scheduler.shutdownNow();
    callbacks.shutdownNow();
  }

  private Instant readServerTime() {
    return publicRest.publicData().serverTime();
  }

  private RestTransport transport(Optional<OkxCredentials> credentials) {
    return new RestTransport(
        config.restBaseUrl(),
        config.demo(),
        config.requestTimeout(),
        http,
        serverClock,
        limiters,
        credentials,
        tap);
  }

  private OkxWebSocket webSocket(
      Optional<OkxCredentials> credentials, OkxWsListener listener, Runnable onClose) {
    OkxWebSocket socket =
        new OkxWebSocket(
            credentials.isPresent() ? config.privateWsUrl() : config.publicWsUrl(),
            credentials,
            new WsShared(
                http, scheduler, callbacks, limiters, serverClock, config.webSocket(), tap),
            listener,
            closed -> {
              openSockets.remove(closed);
              onClose.run();
            });
    openSockets.add(socket);
    return socket;
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
