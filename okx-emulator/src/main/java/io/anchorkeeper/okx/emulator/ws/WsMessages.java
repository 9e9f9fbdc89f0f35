package io.anchorkeeper.okx.emulator.ws;

import io.anchorkeeper.okx.emulator.json.Json;
import io.anchorkeeper.okx.emulator.json.JsonObj;
import java.util.List;
import java.util.Map;

/** OKX's WebSocket event and push envelopes. */
final class WsMessages {

  private WsMessages() {}

  /** A subscribe/unsubscribe acknowledgement, echoing the arg and the optional request id. */
  static String ack(String id, String event, Map<String, String> arg, String connId) {
    JsonObj obj = JsonObj.create();
    if (id != null) {
      obj.str("id", id);
    }
    return Json.write(obj.str("event", event).raw("arg", arg).str("connId", connId).map());
  }

  static String error(String id, String code, String msg, String connId) {
    JsonObj obj = JsonObj.create();
    if (id != null) {
      obj.str("id", id);
    }
    return Json.write(
        obj.str("event", "error").str("code", code).str("msg", msg).str("connId", connId).map());
  }

  static String login(String connId) {
    return Json.write(
        JsonObj.create()
            .str("event", "login")
            .str("code", "0")
            .str("msg", "")
            .str("connId", connId)
            .map());
  }

  /** A plain push: {@code {"arg":{...},"data":[...]}}. */
  static String push(Map<String, ?> arg, List<?> data) {
    return Json.write(JsonObj.create().raw("arg", arg).raw("data", data).map());
  }

  /** A push of the paged channels (positions, account): eventType, curPage, lastPage. */
  static String paged(
      Map<String, ?> arg, String eventType, int curPage, boolean lastPage, List<?> data) {
    return Json.write(
        JsonObj.create()
            .raw("arg", arg)
            .str("eventType", eventType)
            .raw("curPage", curPage)
            .raw("lastPage", lastPage)
            .raw("data", data)
            .map());
  }

  /** The answer to an order operation. */
  static String opResult(
      String id, String op, String code, String msg, List<?> data, long inTime, long outTime) {
    return Json.write(
        JsonObj.create()
            .str("id", id)
            .str("op", op)
            .str("code", code)
            .str("msg", msg)
            .raw("data", data)
            .ts("inTime", inTime)
            .ts("outTime", outTime)
            .map());
  }
}
