package io.anchorkeeper.okx.client.ws;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One physical connection. It joins fragmented text frames into whole messages, serialises sends
 * (java.net.http allows one outstanding send) and tracks liveness for the text ping/pong.
 */
final class WsSession implements WebSocket.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(WsSession.class);

  /** What the owning connection hears from this session. */
  interface Handler {
    void onOpen(WsSession session);

    void onMessage(WsSession session, String text);

    void onGone(WsSession session, String reason);
  }

  private final Handler handler;
  private final StringBuilder partial = new StringBuilder();
  private volatile WebSocket socket;
  private CompletableFuture<WebSocket> sends = CompletableFuture.completedFuture(null);
  private volatile long lastInboundNanos = System.nanoTime();
  private volatile long pingSentNanos;
  private volatile boolean awaitingPong;

  WsSession(Handler handler) {
    this.handler = handler;
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    socket = webSocket;
    lastInboundNanos = System.nanoTime();
    webSocket.request(1);
    handler.onOpen(this);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      String message = partial.toString();
      partial.setLength(0);
      lastInboundNanos = System.nanoTime();
      awaitingPong = false;
      try {
        handler.onMessage(this, message);
      } catch (RuntimeException e) {
        LOG.warn("Handling a WebSocket message failed", e);
      }
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
    lastInboundNanos = System.nanoTime();
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    handler.onGone(this, "closed by server (" + statusCode + " " + reason + ")");
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    handler.onGone(this, "connection error (" + error + ")");
  }

  /** Queues a text message behind earlier ones; a failed send drops the session. */
  synchronized void send(String text) {
    WebSocket target = socket;
    if (target == null) {
      return;
    }
    sends = sends.thenCompose(previous -> target.sendText(text, true));
    sends.whenComplete(
        (ws, error) -> {
          if (error != null) {
            handler.onGone(this, "send failed (" + error + ")");
          }
        });
  }

  /**
   * OKX's keep-alive: after {@code pingInterval} without any message, send the text {@code ping};
   * any message (normally {@code pong}) within {@code pongTimeout} proves the connection alive.
   *
   * @return why the connection should be dropped, when it should
   */
  Optional<String> keepAlive(long nowNanos, Duration pingInterval, Duration pongTimeout) {
    if (socket == null) {
      return Optional.empty();
    }
    if (awaitingPong) {
      return nowNanos - pingSentNanos >= pongTimeout.toNanos()
          ? Optional.of("no pong within " + pongTimeout.toMillis() + " ms")
          : Optional.empty();
    }
    if (nowNanos - lastInboundNanos >= pingInterval.toNanos()) {
      pingSentNanos = nowNanos;
      awaitingPong = true;
      send("ping");
    }
    return Optional.empty();
  }

  /** Closes politely when possible and drops the connection either way. */
  void close() {
    WebSocket target = socket;
    if (target != null) {
      target.sendClose(WebSocket.NORMAL_CLOSURE, "closing").whenComplete((ws, e) -> target.abort());
    }
  }

  void abort() {
    WebSocket target = socket;
    if (target != null) {
      target.abort();
    }
  }
}
