package io.anchorkeeper.okx.client.testing;

import io.anchorkeeper.okx.client.json.OkxJson;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A loopback WebSocket server behaving like OKX's {@code /ws/v5/public} and {@code /ws/v5/private}:
 * it answers text {@code ping} with {@code pong} (switchable), checks the login signature and its
 * seconds timestamp, acknowledges each subscribed arg, and can push (also in fragments) or drop
 * every connection.
 */
public final class FakeOkxWsServer implements AutoCloseable {
  /** One accepted connection and everything it received. */
  public final class Connection implements Session.Listener.AutoDemanding {
    private final boolean privateUrl;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile Session session;
    private volatile boolean loggedIn;

    Connection(boolean privateUrl) {
      this.privateUrl = privateUrl;
    }

    public List<String> received() {
      return List.copyOf(received);
    }

    public boolean isOpen() {
      Session s = session;
      return s != null && s.isOpen();
    }

    @Override
    public void onWebSocketOpen(Session opened) {
      session = opened;
      openNanos.add(System.nanoTime());
      connections.add(this);
    }

    @Override
    public void onWebSocketError(Throwable cause) {
      // a client that went away (the reconnect tests drop connections on purpose)
    }

    @Override
    public void onWebSocketText(String text) {
      received.add(text);
      if (text.equals("ping")) {
        if (answerPong.get()) {
          send("pong");
        }
        return;
      }
      JsonNode message = OkxJson.parse(text);
      switch (message.path("op").asString()) {
        case "login" -> login(message.get("args").get(0));
        case "subscribe", "unsubscribe" -> subscribe(message);
        default -> send(error("", "60012", "Invalid request"));
      }
    }

    private void login(JsonNode arg) {
      String timestamp = arg.get("timestamp").asString();
      String expected = OkxAuthCheck.hmac(TestConfigs.SECRET, timestamp + "GET/users/self/verify");
      long skew = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp));
      if (acceptLogins.get()
          && expected.equals(arg.get("sign").asString())
          && TestConfigs.PASSPHRASE.equals(arg.get("passphrase").asString())
          && skew <= 30) {
        loggedIn = true;
        send("{\"event\":\"login\",\"code\":\"0\",\"msg\":\"\",\"connId\":\"c1\"}");
      } else {
        send(error("", "60009", "Login failed."));
      }
    }

    private void subscribe(JsonNode message) {
      String id = message.path("id").asString();
      if (privateUrl && !loggedIn) {
        send(error(id, "60011", "Please log in"));
        return;
      }
      for (JsonNode arg : message.get("args").values()) {
        ObjectNode ack = OkxJson.object();
        ack.put("id", id);
        ack.put("event", message.get("op").asString());
        ack.set("arg", arg);
        ack.put("connId", "c1");
        send(OkxJson.write(ack));
      }
    }

    private String error(String id, String code, String msg) {
      return "{\"id\":\""
          + id
          + "\",\"event\":\"error\",\"code\":\""
          + code
          + "\",\"msg\":\""
          + msg
          + "\",\"connId\":\"c1\"}";
    }

    /** Sends and waits until written, so messages keep their order. */
    public synchronized void send(String text) {
      await(Callback.Completable.with(done -> session.sendText(text, done)));
    }

    /** Sends one message as {@code pieces} text frames (first, continuations, last). */
    public synchronized void sendFragmented(String text, int pieces) {
      int step = Math.max(1, text.length() / pieces);
      for (int from = 0; from < text.length(); from += step) {
        int to = Math.min(text.length(), from + step);
        boolean last = to == text.length();
        String part = text.substring(from, to);
        await(Callback.Completable.with(done -> session.sendPartialText(part, last, done)));
      }
    }

    public void drop() {
      session.disconnect();
    }

    private void await(Callback.Completable sent) {
      try {
        sent.get(2, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException("send failed", e);
      }
    }
  }

  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);
  private final List<Connection> connections = new CopyOnWriteArrayList<>();
  private final List<Long> openNanos = new CopyOnWriteArrayList<>();
  private final AtomicBoolean answerPong = new AtomicBoolean(true);
  private final AtomicBoolean acceptLogins = new AtomicBoolean(true);

  public FakeOkxWsServer() throws Exception {
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(
        WebSocketUpgradeHandler.from(
            server,
            container -> {
              container.addMapping("/ws/v5/public", (rq, rs, cb) -> new Connection(false));
              container.addMapping("/ws/v5/private", (rq, rs, cb) -> new Connection(true));
            }));
    server.start();
  }

  public int port() {
    return connector.getLocalPort();
  }

  public List<Connection> connections() {
    return List.copyOf(connections);
  }

  public Connection latest() {
    return connections.get(connections.size() - 1);
  }

  /** When the connections were accepted (System.nanoTime). */
  public List<Long> openNanos() {
    return List.copyOf(openNanos);
  }

  public void answerPong(boolean answer) {
    answerPong.set(answer);
  }

  public void acceptLogins(boolean accept) {
    acceptLogins.set(accept);
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Could not stop the WebSocket server", e);
    }
  }
}
