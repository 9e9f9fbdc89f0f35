package io.anchorkeeper.app.notify.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Bot API on 127.0.0.1 with scripted answers: each call takes the next scripted reply for its
 * method, or a plain success when none is left. It records every request body, and can hold {@code
 * sendMessage} calls until released, like a Telegram that hangs.
 */
public final class FakeBotApi implements AutoCloseable {

  /** Shaped like a real token; the tests check that it never shows up anywhere. */
  public static final String TOKEN = "7340219865:AAFq3kX9vTQ2mZr8LwYc5HdN1pJs6uEoBtG";

  public static final String OK = "{\"ok\":true,\"result\":{\"message_id\":1}}";

  /** A status and a body. */
  public record Reply(int status, String body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final ConcurrentLinkedDeque<Reply> sendReplies = new ConcurrentLinkedDeque<>();
  private final ConcurrentLinkedDeque<Reply> updateReplies = new ConcurrentLinkedDeque<>();
  private final List<JsonNode> sent = new CopyOnWriteArrayList<>();
  private final List<JsonNode> polls = new CopyOnWriteArrayList<>();
  private final AtomicInteger received = new AtomicInteger();
  private volatile CountDownLatch hold = new CountDownLatch(0);

  public FakeBotApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public FakeBotApi replySend(int status, String body) {
    sendReplies.add(new Reply(status, body));
    return this;
  }

  public FakeBotApi replyUpdates(String body) {
    return replyUpdates(200, body);
  }

  public FakeBotApi replyUpdates(int status, String body) {
    updateReplies.add(new Reply(status, body));
    return this;
  }

  /** From now on, {@code sendMessage} waits until {@link #release()}. */
  public void hold() {
    hold = new CountDownLatch(1);
  }

  public void release() {
    hold.countDown();
  }

  /** The bodies of every {@code sendMessage} answered so far, in order. */
  public List<JsonNode> sent() {
    return sent;
  }

  /** The texts of every {@code sendMessage} answered with success. */
  public List<String> sentTexts() {
    return sent.stream()
        .filter(body -> body.path("answered").asInt(0) == 200)
        .map(body -> body.path("text").asString(""))
        .toList();
  }

  /** How many {@code sendMessage} calls arrived, answered or still held. */
  public int received() {
    return received.get();
  }

  public List<JsonNode> polls() {
    return polls;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    JsonNode json = JsonMapper.shared().readTree(body);
    Reply reply;
    if (path.equals("/bot" + TOKEN + "/sendMessage")) {
      received.incrementAndGet();
      awaitRelease();
      reply = next(sendReplies, OK);
      ((ObjectNode) json).put("answered", reply.status());
      sent.add(json);
    } else if (path.equals("/bot" + TOKEN + "/getUpdates")) {
      polls.add(json);
      reply = updateReplies.poll();
      if (reply == null) {
        longPoll(json.path("timeout").asLong(0));
        reply = new Reply(200, "{\"ok\":true,\"result\":[]}");
      }
    } else {
      reply = new Reply(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
    }
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void awaitRelease() {
    try {
      if (!hold.await(5, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the fake Bot API");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Like Telegram, holds an empty poll for its timeout (seconds); closing cuts it short. */
  private static void longPoll(long seconds) {
    try {
      Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Reply next(ConcurrentLinkedDeque<Reply> replies, String success) {
    Reply scripted = replies.poll();
    return scripted != null ? scripted : new Reply(200, success);
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    executor.shutdownNow();
  }
}
