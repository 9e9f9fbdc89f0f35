package io.anchorkeeper.okx.emulator.support;

import io.anchorkeeper.okx.emulator.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/** A java.net.http WebSocket that records every text message it receives. */
public final class WsClient implements AutoCloseable {

  private final List<String> received = new CopyOnWriteArrayList<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final WebSocket socket;
  private final StringBuilder partial = new StringBuilder();

  public WsClient(String url) {
    this.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .buildAsync(URI.create(url), new Listener())
            .join();
  }

  public void send(String text) {
    socket.sendText(text, true).join();
  }

  public void send(Object json) {
    send(Json.write(json));
  }

  /** All messages so far, in order. */
  public List<String> messages() {
    return new ArrayList<>(received);
  }

  /** Waits for the first message (from the start) that parses as JSON and matches. */
  public JsonNode await(Predicate<JsonNode> match) {
    JsonNode[] found = new JsonNode[1];
    Awaitility.await()
        .atMost(5, TimeUnit.SECONDS)
        .pollInterval(Duration.ofMillis(5))
        .until(
            () -> {
              for (String m : received) {
                JsonNode n = Json.parse(m).orElse(null);
                if (n != null && match.test(n)) {
                  found[0] = n;
                  return true;
                }
              }
              return false;
            });
    return found[0];
  }

  /** All JSON messages that match, in order. */
  public List<JsonNode> all(Predicate<JsonNode> match) {
    List<JsonNode> out = new ArrayList<>();
    for (String m : received) {
      Json.parse(m).filter(match).ifPresent(out::add);
    }
    return out;
  }

  /** Waits until a raw text message arrives. */
  public void awaitText(String text) {
    Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> received.contains(text));
  }

  public void awaitClosed() {
    closed.orTimeout(5, TimeUnit.SECONDS).join();
  }

  public boolean isClosed() {
    return closed.isDone();
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {
    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        received.add(partial.toString());
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      closed.complete(-1);
    }
  }
}
