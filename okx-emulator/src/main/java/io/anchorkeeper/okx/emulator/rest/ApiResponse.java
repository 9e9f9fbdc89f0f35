package io.anchorkeeper.okx.emulator.rest;

import io.anchorkeeper.okx.emulator.engine.OkxError;
import io.anchorkeeper.okx.emulator.engine.OrderAck;
import io.anchorkeeper.okx.emulator.json.Json;
import io.anchorkeeper.okx.emulator.json.JsonObj;
import io.anchorkeeper.okx.emulator.wire.AckJson;
import java.util.List;
import java.util.Map;

/** An HTTP answer: status, OKX code (for the request log) and JSON body. */
public record ApiResponse(int status, String code, String body) {

  /** {@code {"code":"0","msg":"","data":[...]}}. */
  public static ApiResponse ok(List<?> data) {
    Map<String, Object> body =
        JsonObj.create().str("code", "0").str("msg", "").raw("data", data).map();
    return new ApiResponse(200, "0", Json.write(body));
  }

  /**
   * An order-type answer with per-item sCode/sMsg: code "0" when all succeeded, "1" with "All
   * operations failed" when all failed, "2" when some did; plus gateway times in microseconds.
   */
  public static ApiResponse orderAcks(List<OrderAck> acks, long inTime, long outTime) {
    String code = AckJson.code(acks);
    List<Map<String, Object>> data = acks.stream().map(AckJson::item).toList();
    return withTimes(code, AckJson.msg(code), data, inTime, outTime);
  }

  /** A success envelope with OKX's {@code inTime}/{@code outTime} (microseconds). */
  public static ApiResponse withTimes(
      String code, String msg, List<?> data, long inTime, long outTime) {
    Map<String, Object> body =
        JsonObj.create()
            .str("code", code)
            .raw("data", data)
            .ts("inTime", inTime)
            .str("msg", msg)
            .ts("outTime", outTime)
            .map();
    return new ApiResponse(200, code, Json.write(body));
  }

  /**
   * An error envelope with the HTTP status OKX gives the code. Authentication and rate-limit errors
   * carry no {@code data} key, as OKX's do; others carry an empty {@code data}.
   */
  public static ApiResponse error(OkxError e) {
    int status = HttpStatuses.forCode(e.code());
    JsonObj body = JsonObj.create().str("msg", e.msg()).str("code", e.code());
    if (status != 401 && status != 429) {
      body.raw("data", List.of());
    }
    return new ApiResponse(status, e.code(), Json.write(body.map()));
  }

  /** OKX's 404 body for an unknown path (note the numeric code). */
  public static ApiResponse notFound() {
    Map<String, Object> body =
        JsonObj.create()
            .raw("code", 404)
            .raw("data", Map.of())
            .str("detailMsg", "")
            .str("error_code", "404")
            .str("error_message", "Not Found")
            .str("msg", "Not Found")
            .map();
    return new ApiResponse(404, "404", Json.write(body));
  }

  /** The same answer with another HTTP status (fault plans choose their own). */
  public ApiResponse withStatus(int newStatus) {
    return new ApiResponse(newStatus, code, body);
  }
}
