package io.anchorkeeper.okx.client.ws.push;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.util.Optional;

/**
 * A non-data message: {@code login}, {@code subscribe}, {@code unsubscribe}, {@code error}, {@code
 * notice} (64008: the server will close soon), {@code channel-conn-count}, ...
 */
public record WsEvent(
    String event, String code, String msg, String connId, String id, Optional<WsArg> arg) {

  public static WsEvent from(OkxFields f) {
    Optional<WsArg> arg =
        f.node().has("arg") ? Optional.of(WsArg.from(f.node().get("arg"))) : Optional.empty();
    return new WsEvent(
        f.text("event"), f.text("code"), f.text("msg"), f.text("connId"), f.text("id"), arg);
  }

  public boolean isError() {
    return event.equals("error");
  }
}
