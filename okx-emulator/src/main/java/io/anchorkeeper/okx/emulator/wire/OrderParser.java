package io.anchorkeeper.okx.emulator.wire;

import io.anchorkeeper.okx.emulator.engine.Errors;
import io.anchorkeeper.okx.emulator.engine.OrdType;
import io.anchorkeeper.okx.emulator.engine.OrderRequest;
import io.anchorkeeper.okx.emulator.engine.PosSide;
import io.anchorkeeper.okx.emulator.engine.Side;
import io.anchorkeeper.okx.emulator.json.Num;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads a new-order object (REST body, batch item or WebSocket arg). Numbers may be JSON strings or
 * numbers; unknown fields are ignored. Missing required fields give 50014, malformed ones 51000
 * (e.g. a clOrdId that is not 1-32 letters and digits); only {@code tdMode=isolated} is traded.
 */
public final class OrderParser {

  private static final Pattern CL_ORD_ID = Pattern.compile("[A-Za-z0-9]{1,32}");
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9]{1,16}");

  private OrderParser() {}

  public static OrderRequest parse(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw Errors.param("request");
    }
    String instId = required(node, "instId");
    String tdMode = required(node, "tdMode");
    if ("cross".equals(tdMode)) {
      throw Errors.unsupportedMode();
    }
    if (!"isolated".equals(tdMode)) {
      throw Errors.param("tdMode");
    }
    Side side = Side.parse(required(node, "side")).orElseThrow(() -> Errors.param("side"));
    String posSideText = optional(node, "posSide");
    PosSide posSide =
        posSideText.isEmpty()
            ? PosSide.NET
            : PosSide.parse(posSideText).orElseThrow(() -> Errors.param("posSide"));
    OrdType ordType =
        OrdType.parse(required(node, "ordType")).orElseThrow(() -> Errors.param("ordType"));
    BigDecimal sz = positive(required(node, "sz"), "sz");
    BigDecimal px = ordType.hasPrice() ? positive(required(node, "px"), "px") : null;
    return new OrderRequest(
        instId,
        side,
        posSide,
        ordType,
        sz,
        px,
        clOrdId(optional(node, "clOrdId")),
        tag(optional(node, "tag")),
        "true".equalsIgnoreCase(optional(node, "reduceOnly")));
  }

  /** Checks a clOrdId: "" (none) or 1-32 letters and digits. */
  public static String clOrdId(String value) {
    if (!value.isEmpty() && !CL_ORD_ID.matcher(value).matches()) {
      throw Errors.param("clOrdId");
    }
    return value;
  }

  private static String tag(String value) {
    if (!value.isEmpty() && !TAG.matcher(value).matches()) {
      throw Errors.param("tag");
    }
    return value;
  }

  private static BigDecimal positive(String text, String name) {
    BigDecimal value = Num.parse(text).orElseThrow(() -> Errors.param(name));
    if (value.signum() <= 0) {
      throw Errors.param(name);
    }
    return value;
  }

  private static String required(JsonNode node, String name) {
    String value = optional(node, name);
    if (value.isEmpty()) {
      throw Errors.empty(name);
    }
    return value;
  }

  private static String optional(JsonNode node, String name) {
    String value = Num.text(node.get(name));
    return value == null ? "" : value.trim();
  }
}
