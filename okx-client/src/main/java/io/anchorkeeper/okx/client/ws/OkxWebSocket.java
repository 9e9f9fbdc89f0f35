package io.anchorkeeper.okx.client.ws;

import io.anchorkeeper.okx.client.auth.OkxCredentials;
import io.anchorkeeper.okx.client.auth.WsLogin;
import io.anchorkeeper.okx.client.ws.push.WsArg;
import io.anchorkeeper.okx.client.ws.push.WsEvent;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical OKX WebSocket connection that keeps itself alive: it connects (paced to OKX's 3
 * attempts per second per IP), logs in when it has credentials, subscribes to every wanted channel,
 * sends a text {@code ping} after {@code pingInterval} of silence, reconnects with backoff when
 * {@code pong} does not come or the socket drops, and calls {@link OkxWsListener#onResync()} each
 * time it is healthy again.
 */
public final class OkxWebSocket implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OkxWebSocket.class);

  private enum State {
    IDLE,
    CONNECTING,
    LOGGING_IN,
    SUBSCRIBING,
    READY
  }

  private final URI uri;
  private final Optional<OkxCredentials> credentials;
  private final WsShared shared;
  private final WebSocketSettings settings;
  private final ScheduledExecutorService scheduler;
  private final OkxWsListener listener;
  private final ReconnectBackoff backoff;
  private final Consumer<OkxWebSocket> onClose;
  private final Subscriptions subscriptions = new Subscriptions();
  private final SessionHandler handler = new SessionHandler();
  private WsSession current;
  private State state = State.IDLE;
  private boolean running;
  private boolean closed;
  private ScheduledFuture<?> heartbeat;

  /** Use {@code OkxClientFactory}; it shares the executors, the HTTP client and the pacing. */
  public OkxWebSocket(
      URI uri,
      Optional<OkxCredentials> credentials,
      WsShared shared,
      OkxWsListener listener,
      Consumer<OkxWebSocket> onClose) {
    this.uri = uri;
    this.credentials = credentials;
    this.shared = shared;
    this.settings = shared.settings();
    this.scheduler = shared.scheduler();
    this.listener = listener;
    this.backoff =
        new ReconnectBackoff(settings.minBackoff(), settings.maxBackoff(), settings.jitterSeed());
    this.onClose = onClose;
  }

  /** Connects in the background; subscriptions may be added before or after. */
  public synchronized void start() {
    if (closed) {
      throw new IllegalStateException("This WebSocket was closed; make a new one");
    }
    if (running) {
      return;
    }
    running = true;
    long tick = settings.heartbeatTick().toMillis();
    heartbeat = scheduler.scheduleAtFixedRate(this::heartbeat, tick, tick, TimeUnit.MILLISECONDS);
    scheduler.execute(this::connect);
  }

  /** Adds channels; they are subscribed now if connected and again after every reconnect. */
  public synchronized void subscribe(Collection<WsArg> args) {
    List<WsArg> added = subscriptions.add(args);
    if (current != null && (state == State.READY || state == State.SUBSCRIBING)) {
      subscriptions.send(current, "subscribe", added);
    }
  }

  public synchronized void unsubscribe(Collection<WsArg> args) {
    List<WsArg> removed = subscriptions.remove(args);
    if (current != null && (state == State.READY || state == State.SUBSCRIBING)) {
      subscriptions.send(current, "unsubscribe", removed);
    }
  }

  /** Connected, logged in (if private) and every subscription acknowledged. */
  public synchronized boolean isReady() {
    return state == State.READY;
  }

  /** Stops for good: no reconnect, no more callbacks. */
  @Override
  public void close() {
    WsSession closing;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      running = false;
      if (heartbeat != null) {
        heartbeat.cancel(false);
      }
      closing = current;
      current = null;
      state = State.IDLE;
    }
    if (closing != null) {
      closing.close();
    }
    onClose.accept(this);
  }

  private void connect() {
    synchronized (this) {
      if (!running || current != null) {
        return;
      }
    }
    if (credentials.isPresent()) {
      shared.serverClock().now(); // measures the server-time offset here, not on the socket thread
    }
    Duration wait = ConnectionPacing.waitBeforeConnecting(shared.limiters());
    if (!wait.isZero()) {
      scheduler.schedule(this::connect, wait.toNanos(), TimeUnit.NANOSECONDS);
      return;
    }
    WsSession session = new WsSession(handler);
    synchronized (this) {
      if (!running || current != null) {
        return;
      }
      current = session;
      state = State.CONNECTING;
    }
    LOG.debug("Connecting to {}", uri);
    shared
        .http()
        .newWebSocketBuilder()
        .connectTimeout(settings.connectTimeout())
        .buildAsync(uri, session)
        .whenComplete(
            (ws, error) -> {
              if (error != null) {
                drop(session, "connect failed (" + error + ")");
              }
            });
  }

  private void drop(WsSession session, String reason) {
    synchronized (this) {
      if (session != current) {
        return;
      }
      current = null;
      state = State.IDLE;
      subscriptions.forgetPending();
      if (running) {
        Duration delay = backoff.next();
        LOG.info("OKX WebSocket {} lost: {}; reconnecting in {} ms", uri, reason, delay.toMillis());
        scheduler.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
      }
    }
    session.abort();
    shared.callbacks().execute(() -> notifyListener(() -> listener.onDisconnected(reason)));
  }

  private void heartbeat() {
    WsSession session;
    synchronized (this) {
      session = current;
    }
    if (session != null) {
      session
          .keepAlive(System.nanoTime(), settings.pingInterval(), settings.pongTimeout())
          .ifPresent(reason -> drop(session, reason));
    }
  }

  private synchronized void subscribeAll(WsSession session) {
    if (session != current) {
      return;
    }
    state = State.SUBSCRIBING;
    subscriptions.subscribeAll(session);
    scheduler.schedule(
        () -> expectState(session, State.SUBSCRIBING, "subscriptions not acknowledged"),
        settings.ackTimeout().toMillis(),
        TimeUnit.MILLISECONDS);
    readyIfAcknowledged(session);
  }

  private synchronized void readyIfAcknowledged(WsSession session) {
    if (session == current && state == State.SUBSCRIBING && subscriptions.allAcknowledged()) {
      state = State.READY;
      backoff.reset();
      shared.callbacks().execute(() -> notifyListener(listener::onResync));
    }
  }

  private void expectState(WsSession session, State stuck, String reason) {
    boolean isStuck;
    synchronized (this) {
      isStuck = session == current && state == stuck;
    }
    if (isStuck) {
      drop(session, reason + " within " + settings.ackTimeout().toMillis() + " ms");
    }
  }

  private void onEvent(WsSession session, WsEvent event) {
    switch (event.event()) {
      case "login" -> {
        if (event.code().equals("0")) {
          subscribeAll(session);
        } else {
          listener.onEvent(event);
          drop(session, "login refused with " + event.code());
        }
      }
      case "subscribe", "error" -> {
        boolean loggingIn;
        synchronized (this) {
          loggingIn = state == State.LOGGING_IN;
          subscriptions.apply(event);
        }
        if (event.isError()) {
          listener.onEvent(event);
        }
        if (loggingIn && event.isError()) {
          drop(session, "login failed with " + event.code() + " " + event.msg());
        } else {
          readyIfAcknowledged(session);
        }
      }
      case "notice" -> {
        listener.onEvent(event);
        if (event.code().equals("64008")) {
          drop(session, "OKX announced a disconnect (64008)");
        }
      }
      default -> listener.onEvent(event);
    }
  }

  private void notifyListener(Runnable callback) {
    try {
      callback.run();
    } catch (RuntimeException e) {
      LOG.warn("An OKX WebSocket listener failed", e);
    }
  }

  /** Routes one session's callbacks, ignoring sessions that are no longer current. */
  private final class SessionHandler implements WsSession.Handler {
    @Override
    public void onOpen(WsSession session) {
      synchronized (OkxWebSocket.this) {
        if (session != current) {
          session.abort();
          return;
        }
        if (credentials.isEmpty()) {
          subscribeAll(session);
          return;
        }
        state = State.LOGGING_IN;
      }
      session.send(WsLogin.message(credentials.get(), shared.serverClock().now()));
      scheduler.schedule(
          () -> expectState(session, State.LOGGING_IN, "login not acknowledged"),
          settings.ackTimeout().toMillis(),
          TimeUnit.MILLISECONDS);
    }

    @Override
    public void onMessage(WsSession session, String text) {
      shared.tap().frameReceived(text, System.nanoTime());
      synchronized (OkxWebSocket.this) {
        if (session != current) {
          return;
        }
      }
      WsInbound.route(text, event -> onEvent(session, event), listener);
    }

    @Override
    public void onGone(WsSession session, String reason) {
      drop(session, reason);
    }
  }
}
