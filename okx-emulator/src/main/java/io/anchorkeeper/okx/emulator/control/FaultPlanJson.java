package io.anchorkeeper.okx.emulator.control;

import io.anchorkeeper.okx.emulator.fault.FaultInjector;
import io.anchorkeeper.okx.emulator.fault.FaultPlan;
import io.anchorkeeper.okx.emulator.fault.FaultRule;
import io.anchorkeeper.okx.emulator.fault.FaultType;
import io.anchorkeeper.okx.emulator.json.JsonObj;
import io.anchorkeeper.okx.emulator.json.Num;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Fault plans as JSON: {@code {"id":"...","seed":7,"rules":[{"type":"latency|http_error|
 * rate_limit|timeout_after_execution|ws_drop", "path":"/api/v5/trade/order", "method":"POST",
 * "account":"sub1", "channel":"private", "count":1, "probability":1.0, "skip":0, "latencyMs":0,
 * "status":503, "code":"50001", "msg":"...", "holdMs":0, "abort":false, "immediate":false}]}}. A
 * single rule object without {@code rules} is a plan of one rule.
 */
final class FaultPlanJson {

  private FaultPlanJson() {}

  static FaultPlan parse(JsonNode root) {
    List<FaultRule> rules = new ArrayList<>();
    if (root.has("rules")) {
      root.get("rules").forEach(r -> rules.add(rule(r)));
    } else {
      rules.add(rule(root));
    }
    String seed = Num.text(root.get("seed"));
    return new FaultPlan(Num.text(root.get("id")), seed == null ? 0L : Long.parseLong(seed), rules);
  }

  static List<Map<String, Object>> status(List<FaultInjector.PlanStatus> plans) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (FaultInjector.PlanStatus p : plans) {
      List<Map<String, Object>> rules = new ArrayList<>();
      for (int i = 0; i < p.rules().size(); i++) {
        FaultRule r = p.rules().get(i);
        Integer left = p.remaining().get(i);
        rules.add(
            JsonObj.create()
                .str("type", r.type().wire())
                .raw("path", r.path())
                .raw("account", r.account())
                .raw("remaining", left)
                .map());
      }
      out.add(JsonObj.create().str("id", p.id()).raw("rules", rules).map());
    }
    return out;
  }

  private static FaultRule rule(JsonNode r) {
    String typeText = Num.text(r.get("type"));
    FaultType type =
        FaultType.parse(typeText)
            .orElseThrow(() -> new IllegalArgumentException("unknown fault type: " + typeText));
    return new FaultRule(
        type,
        Num.text(r.get("path")),
        Num.text(r.get("method")),
        Num.text(r.get("account")),
        Num.text(r.get("channel")),
        integer(r, "count"),
        r.has("probability") ? Double.parseDouble(Num.text(r.get("probability"))) : 1.0,
        r.has("skip") ? integer(r, "skip") : 0,
        r.has("latencyMs") ? Long.parseLong(Num.text(r.get("latencyMs"))) : 0L,
        integer(r, "status"),
        Num.text(r.get("code")),
        Num.text(r.get("msg")),
        r.has("holdMs") ? Long.parseLong(Num.text(r.get("holdMs"))) : 0L,
        "true".equals(Num.text(r.get("abort"))),
        "true".equals(Num.text(r.get("immediate"))));
  }

  private static Integer integer(JsonNode node, String field) {
    String text = Num.text(node.get(field));
    return text == null ? null : Integer.valueOf(text);
  }
}
