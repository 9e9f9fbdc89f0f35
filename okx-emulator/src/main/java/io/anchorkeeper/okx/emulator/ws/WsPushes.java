package io.anchorkeeper.okx.emulator.ws;

import io.anchorkeeper.okx.emulator.engine.Account;
import io.anchorkeeper.okx.emulator.engine.AccountUpdate;
import io.anchorkeeper.okx.emulator.engine.BalanceSnapshot;
import io.anchorkeeper.okx.emulator.engine.Engine;
import io.anchorkeeper.okx.emulator.engine.Fill;
import io.anchorkeeper.okx.emulator.engine.MarginMath;
import io.anchorkeeper.okx.emulator.engine.OrderSnapshot;
import io.anchorkeeper.okx.emulator.engine.PositionSnapshot;
import io.anchorkeeper.okx.emulator.json.JsonObj;
import io.anchorkeeper.okx.emulator.market.Quote;
import io.anchorkeeper.okx.emulator.wire.BalanceJson;
import io.anchorkeeper.okx.emulator.wire.MarketJson;
import io.anchorkeeper.okx.emulator.wire.OrderJson;
import io.anchorkeeper.okx.emulator.wire.PositionJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the push messages of each channel for one subscription. */
final class WsPushes {

  /** Rows per page of a positions snapshot. */
  static final int PAGE = 100;

  private final Engine engine;

  WsPushes(Engine engine) {
    this.engine = engine;
  }

  /** The push arg: the subscription's arg plus the uid for private channels. */
  static Map<String, String> arg(Subscription s, Account account) {
    Map<String, String> arg = new LinkedHashMap<>(s.arg());
    if (account != null) {
      arg.put("uid", account.uid());
    }
    return arg;
  }

  String markPrice(Subscription s, Quote q) {
    return WsMessages.push(s.arg(), List.of(MarketJson.markPrice(q)));
  }

  String ticker(Subscription s, String instId) {
    return WsMessages.push(s.arg(), List.of(MarketJson.ticker(engine, instId)));
  }

  String order(Subscription s, Account a, OrderSnapshot o, Optional<Fill> fill) {
    var inst = engine.catalogue().find(o.instId()).orElseThrow();
    var notional = MarginMath.notional(inst, o.sz(), engine.prices().mark(o.instId()));
    return WsMessages.push(arg(s, a), List.of(OrderJson.push(o, fill, notional)));
  }

  /** A positions snapshot, one message per page (a single empty page when there is none). */
  List<String> positionsSnapshot(Subscription s, Account a) {
    List<Map<String, Object>> rows = new ArrayList<>();
    long now = engine.now();
    for (PositionSnapshot p : engine.positions(a)) {
      if (s.covers(p.instId(), p.instrument().instFamily())) {
        rows.add(PositionJson.push(p, now));
      }
    }
    List<String> pages = new ArrayList<>();
    int count = Math.max(1, (rows.size() + PAGE - 1) / PAGE);
    for (int page = 0; page < count; page++) {
      List<Map<String, Object>> slice =
          rows.subList(page * PAGE, Math.min(rows.size(), (page + 1) * PAGE));
      pages.add(WsMessages.paged(arg(s, a), "snapshot", page + 1, page == count - 1, slice));
    }
    return pages;
  }

  /** The positions an update touched that this subscription covers; empty when none. */
  Optional<String> positionsUpdate(Subscription s, Account a, AccountUpdate u) {
    long now = engine.now();
    List<Map<String, Object>> rows =
        u.positions().stream()
            .filter(p -> s.covers(p.instId(), p.instrument().instFamily()))
            .map(p -> PositionJson.push(p, now))
            .toList();
    return rows.isEmpty()
        ? Optional.empty()
        : Optional.of(WsMessages.paged(arg(s, a), "event_update", 1, true, rows));
  }

  String account(Subscription s, Account a, BalanceSnapshot b, String eventType) {
    String ccy = s.get("ccy");
    boolean usdt = ccy == null || "USDT".equals(ccy);
    return WsMessages.paged(arg(s, a), eventType, 1, true, List.of(BalanceJson.account(b, usdt)));
  }

  String balanceAndPosition(
      Subscription s,
      Account a,
      String eventType,
      BalanceSnapshot b,
      List<PositionSnapshot> ps,
      List<Fill> trades) {
    Map<String, Object> data =
        JsonObj.create()
            .ts("pTime", engine.now())
            .str("eventType", eventType)
            .raw("balData", List.of(BalanceJson.brief(b)))
            .raw("posData", ps.stream().map(PositionJson::brief).toList())
            .raw(
                "trades",
                trades.stream()
                    .map(
                        f ->
                            JsonObj.create()
                                .str("instId", f.instId())
                                .str("tradeId", f.tradeId())
                                .map())
                    .toList())
            .map();
    return WsMessages.push(arg(s, a), List.of(data));
  }
}
