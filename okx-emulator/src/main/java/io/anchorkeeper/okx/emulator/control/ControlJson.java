package io.anchorkeeper.okx.emulator.control;

import io.anchorkeeper.okx.emulator.engine.Account;
import io.anchorkeeper.okx.emulator.engine.EngineSettings;
import io.anchorkeeper.okx.emulator.http.RequestRecord;
import io.anchorkeeper.okx.emulator.json.JsonObj;
import io.anchorkeeper.okx.emulator.market.Quote;
import io.anchorkeeper.okx.emulator.wire.BalanceJson;
import io.anchorkeeper.okx.emulator.wire.OrderJson;
import io.anchorkeeper.okx.emulator.wire.PositionJson;
import java.math.BigDecimal;
import java.util.Map;

/** JSON shapes of the control API (positions and orders reuse OKX's shapes). */
final class ControlJson {

  private ControlJson() {}

  static Map<String, Object> account(Account a) {
    return JsonObj.create()
        .str("name", a.name())
        .str("type", a.type().wire())
        .str("uid", a.uid())
        .str("mainUid", a.mainUid())
        .str("apiKey", a.credentials().apiKey())
        .map();
  }

  static Map<String, Object> report(AccountReport r) {
    return JsonObj.create()
        .str("name", r.name())
        .str("type", r.type().wire())
        .str("uid", r.uid())
        .str("mainUid", r.mainUid())
        .str("apiKey", r.apiKey())
        .str("posMode", r.posMode().wire())
        .raw("balance", BalanceJson.usdt(r.balance()))
        .num("fundingBal", r.balance().funding())
        .raw("positions", r.positions().stream().map(PositionJson::position).toList())
        .raw("pendingOrders", r.pendingOrders().stream().map(OrderJson::rest).toList())
        .raw("recentOrders", r.recentOrders().stream().map(OrderJson::rest).toList())
        .map();
  }

  static Map<String, Object> quote(Quote q) {
    return JsonObj.create()
        .str("instId", q.instId())
        .num("markPx", q.markPx())
        .num("last", q.lastPx())
        .ts("ts", q.ts())
        .map();
  }

  static Map<String, Object> request(RequestRecord r) {
    return JsonObj.create()
        .raw("seq", r.seq())
        .raw("receivedAtMillis", r.receivedAtMillis())
        .raw("receivedAtMicros", r.receivedAtMicros())
        .raw("receivedNanos", r.receivedNanos())
        .str("method", r.method())
        .str("path", r.path())
        .str("account", r.account())
        .raw("status", r.status())
        .str("code", r.code())
        .map();
  }

  static Map<String, Object> settings(EngineSettings s) {
    return JsonObj.create()
        .num("takerRate", s.takerRate())
        .num("makerRate", s.makerRate())
        .num("slippage", s.slippage())
        .raw("partialFillProbability", s.partialFillProbability())
        .num("defaultLeverage", s.defaultLeverage())
        .map();
  }

  static EngineSettings settings(EngineSettings base, Map<String, BigDecimal> changes) {
    return new EngineSettings(
        changes.getOrDefault("takerRate", base.takerRate()),
        changes.getOrDefault("makerRate", base.makerRate()),
        changes.getOrDefault("slippage", base.slippage()),
        changes.containsKey("partialFillProbability")
            ? changes.get("partialFillProbability").doubleValue()
            : base.partialFillProbability(),
        changes.getOrDefault("defaultLeverage", base.defaultLeverage()));
  }
}
