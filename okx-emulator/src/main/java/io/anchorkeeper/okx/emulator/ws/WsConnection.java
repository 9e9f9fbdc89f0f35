package io.anchorkeeper.okx.emulator.ws;

import io.anchorkeeper.okx.emulator.engine.Account;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.annotations.OnWebSocketClose;
import org.eclipse.jetty.websocket.api.annotations.OnWebSocketError;
import org.eclipse.jetty.websocket.api.annotations.OnWebSocketMessage;
import org.eclipse.jetty.websocket.api.annotations.OnWebSocketOpen;
import org.eclipse.jetty.websocket.api.annotations.WebSocket;

/**
 * One client connection: its endpoint, the account logged in (at most one), its subscriptions and
 * when it last sent or received anything (emulator clock). Sends are serialised so pushes leave in
 * the order they were made.
 */
@WebSocket
public final class WsConnection {

  private final WsKind kind;
  private final String connId;
  private final WsHub hub;
  private final AtomicReference<Account> account = new AtomicReference<>();
  private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
  private volatile Session session;
  private volatile long lastActivity;

  WsConnection(WsKind kind, String connId, WsHub hub, long now) {
    this.kind = kind;
    this.connId = connId;
    this.hub = hub;
    this.lastActivity = now;
  }

  @OnWebSocketOpen
  public void onOpen(Session opened) {
    this.session = opened;
    hub.opened(this);
  }

  @OnWebSocketMessage
  public void onText(String text) {
    hub.received(this, text);
  }

  @OnWebSocketClose
  public void onClose(int status, String reason) {
    hub.closed(this);
  }

  @OnWebSocketError
  public void onError(Throwable cause) {
    hub.closed(this);
  }

  WsKind kind() {
    return kind;
  }

  String connId() {
    return connId;
  }

  Optional<Account> account() {
    return Optional.ofNullable(account.get());
  }

  /** Logs an account in; false when one is already logged in on this connection. */
  boolean login(Account loggedIn) {
    return account.compareAndSet(null, loggedIn);
  }

  List<Subscription> subscriptions() {
    return subscriptions;
  }

  long lastActivity() {
    return lastActivity;
  }

  void touch(long now) {
    lastActivity = now;
  }

  /** Sends a text frame; a connection that is gone is ignored. */
  void send(String text) {
    Session s = session;
    if (s == null || !s.isOpen()) {
      return;
    }
    synchronized (this) {
      s.sendText(text, Callback.NOOP);
    }
  }

  /** Closes the connection normally (idle timeout). */
  void close(int status, String reason) {
    Session s = session;
    if (s != null) {
      s.close(status, reason, Callback.NOOP);
    }
  }

  /** Drops the connection without a close frame (fault injection). */
  void drop() {
    Session s = session;
    if (s != null) {
      s.disconnect();
    }
  }
}
