package io.anchorkeeper.okx.client.ws;

import io.anchorkeeper.okx.client.json.OkxJson;
import io.anchorkeeper.okx.client.ws.push.WsArg;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds OKX WebSocket requests: {@code {"id":..., "op":..., "args":[...]}}. */
final class WsRequests {
  private WsRequests() {}

  /**
   * @param id letters and digits, at most 32; OKX echoes it in the answer
   * @param op {@code subscribe} or {@code unsubscribe}
   */
  static String operation(String id, String op, List<WsArg> args) {
    ObjectNode request = OkxJson.object();
    request.put("id", id);
    request.put("op", op);
    ArrayNode array = request.putArray("args");
    args.forEach(arg -> array.add(arg.toJson()));
    return OkxJson.write(request);
  }
}
