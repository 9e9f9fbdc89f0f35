package io.anchorkeeper.okx.emulator.wire;

import io.anchorkeeper.okx.emulator.engine.OrderAck;
import io.anchorkeeper.okx.emulator.json.JsonObj;
import java.util.List;
import java.util.Map;

/**
 * Per-item answers of order operations and the top-level code they add up to: "0" when all
 * succeeded, "1" when all failed, "2" when a batch partly succeeded.
 */
public final class AckJson {

  private AckJson() {}

  public static Map<String, Object> item(OrderAck a) {
    return JsonObj.create()
        .str("clOrdId", a.clOrdId())
        .str("ordId", a.ordId())
        .str("sCode", a.sCode())
        .str("sMsg", a.sMsg())
        .str("tag", a.tag())
        .ts("ts", a.ts())
        .map();
  }

  public static String code(List<OrderAck> acks) {
    long ok = acks.stream().filter(OrderAck::ok).count();
    return ok == acks.size() ? "0" : ok == 0 ? "1" : "2";
  }

  public static String msg(String code) {
    return switch (code) {
      case "1" -> "All operations failed";
      case "2" -> "Batch operation partially succeeded";
      default -> "";
    };
  }
}
