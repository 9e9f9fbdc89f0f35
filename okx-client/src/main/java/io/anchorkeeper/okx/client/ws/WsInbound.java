package io.anchorkeeper.okx.client.ws;

import io.anchorkeeper.okx.client.json.OkxFields;
import io.anchorkeeper.okx.client.json.OkxJson;
import io.anchorkeeper.okx.client.ws.push.WsEvent;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Sorts one whole inbound message: {@code pong}, an event, or a data push. */
final class WsInbound {
  private static final Logger LOG = LoggerFactory.getLogger(WsInbound.class);

  private WsInbound() {}

  static void route(String text, Consumer<WsEvent> events, OkxWsListener listener) {
    if (text.equals("pong")) {
      return;
    }
    JsonNode message;
    try {
      message = OkxJson.parse(text);
    } catch (JacksonException e) {
      LOG.warn("Ignoring a WebSocket message that is not JSON ({} chars)", text.length());
      return;
    }
    if (message.has("event")) {
      events.accept(WsEvent.from(OkxFields.of(message)));
    } else if (message.has("arg") && message.has("data")) {
      PushDispatcher.dispatch(message, listener);
    }
  }
}
