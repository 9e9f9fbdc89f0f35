package io.anchorkeeper.okx.client.auth;

import io.anchorkeeper.okx.client.json.OkxJson;
import java.time.Instant;
import tools.jackson.databind.node.ObjectNode;

/**
 * The WebSocket login message. Unlike REST, its timestamp is Unix <em>seconds</em> and the prehash
 * is fixed: {@code timestamp + "GET" + "/users/self/verify"}.
 */
public final class WsLogin {
  private WsLogin() {}

  public static String prehash(long epochSeconds) {
    return epochSeconds + "GET/users/self/verify";
  }

  /** The JSON text to send; it carries the passphrase, so it is sent and never logged. */
  public static String message(OkxCredentials credentials, Instant now) {
    long seconds = now.getEpochSecond();
    ObjectNode arg = OkxJson.object();
    arg.put("apiKey", credentials.apiKey());
    arg.put("passphrase", credentials.passphrase());
    arg.put("timestamp", Long.toString(seconds));
    arg.put("sign", credentials.sign(prehash(seconds)));
    ObjectNode message = OkxJson.object();
    message.put("op", "login");
    message.putArray("args").add(arg);
    return OkxJson.write(message);
  }
}
