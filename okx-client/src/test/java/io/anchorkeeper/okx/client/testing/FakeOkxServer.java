package io.anchorkeeper.okx.client.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A loopback HTTP server speaking just enough OKX for the REST tests: programmable answers per
 * {@code METHOD path}, a {@code public/time} endpoint on its own (shiftable) clock, and a record of
 * every request exactly as it arrived.
 */
public final class FakeOkxServer implements AutoCloseable {
  /** One request as received: raw path and query, headers (first values), body. */
  public record Received(
      String method, String rawTarget, Map<String, String> headers, String body, long nanos) {
    public String path() {
      int q = rawTarget.indexOf('?');
      return q < 0 ? rawTarget : rawTarget.substring(0, q);
    }

    public String header(String name) {
      return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), "");
    }
  }

  /** An answer: HTTP status, body, and how long to wait before sending it. */
  public record Reply(int status, String body, long delayMillis) {
    public static Reply ok(String body) {
      return new Reply(200, body, 0);
    }

    public static Reply of(int status, String body) {
      return new Reply(status, body, 0);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Function<Received, Reply>> routes = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicLong serverTimeShiftMillis = new AtomicLong();

  public FakeOkxServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
    route(
        "GET /api/v5/public/time",
        request ->
            Reply.ok("{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"ts\":\"" + nowMillis() + "\"}]}"));
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Server time: the real clock plus the configured shift. */
  public long nowMillis() {
    return System.currentTimeMillis() + serverTimeShiftMillis.get();
  }

  public void shiftServerTime(long millis) {
    serverTimeShiftMillis.set(millis);
  }

  /** Answers {@code "METHOD /path"} with {@code responder}. */
  public FakeOkxServer route(String methodAndPath, Function<Received, Reply> responder) {
    routes.put(methodAndPath, responder);
    return this;
  }

  public FakeOkxServer route(String methodAndPath, Reply reply) {
    return route(methodAndPath, request -> reply);
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public List<Received> received(String path) {
    return received.stream().filter(r -> r.path().equals(path)).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    long nanos = System.nanoTime();
    Map<String, String> headers = new ConcurrentHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Received request =
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null
                    ? ""
                    : "?" + exchange.getRequestURI().getRawQuery()),
            headers,
            body,
            nanos);
    received.add(request);
    Function<Received, Reply> responder = routes.get(request.method() + " " + request.path());
    Reply reply =
        responder == null
            ? Reply.of(404, Samples.read("rest-error-404-unknown-path.json"))
            : responder.apply(request);
    try {
      if (reply.delayMillis() > 0) {
        Thread.sleep(reply.delayMillis());
      }
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(reply.status(), bytes.length);
      exchange.getResponseBody().write(bytes);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client gave up (timeout test); nothing to answer
    } finally {
      exchange.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
