package io.anchorkeeper.okx.emulator.rest;

import static io.anchorkeeper.okx.emulator.ratelimit.RateRule.per2s;

import io.anchorkeeper.okx.emulator.engine.Account;
import io.anchorkeeper.okx.emulator.engine.Engine;
import io.anchorkeeper.okx.emulator.engine.Errors;
import io.anchorkeeper.okx.emulator.engine.LeverageSetting;
import io.anchorkeeper.okx.emulator.engine.MarginChange;
import io.anchorkeeper.okx.emulator.engine.MaxSize;
import io.anchorkeeper.okx.emulator.engine.PosMode;
import io.anchorkeeper.okx.emulator.engine.PosSide;
import io.anchorkeeper.okx.emulator.engine.PositionSnapshot;
import io.anchorkeeper.okx.emulator.json.JsonObj;
import io.anchorkeeper.okx.emulator.ratelimit.RateScope;
import io.anchorkeeper.okx.emulator.wire.BalanceJson;
import io.anchorkeeper.okx.emulator.wire.PositionJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code /api/v5/account/*}: balance, positions, settings, leverage, margin and size estimates. */
final class AccountEndpoints {

  private static final String BASE = "/api/v5/account/";

  private final Engine engine;

  AccountEndpoints(Engine engine) {
    this.engine = engine;
  }

  void register(Router router) {
    router.add(Route.get(BASE + "balance", per2s(10, RateScope.UID), this::balance));
    router.add(Route.get(BASE + "positions", per2s(10, RateScope.UID), this::positions));
    router.add(Route.get(BASE + "config", per2s(5, RateScope.UID), this::config));
    router.add(Route.post(BASE + "set-position-mode", per2s(5, RateScope.UID), this::setPosMode));
    router.add(Route.post(BASE + "set-leverage", per2s(20, RateScope.UID), this::setLeverage));
    router.add(Route.get(BASE + "leverage-info", per2s(20, RateScope.UID), this::leverageInfo));
    router.add(
        Route.post(BASE + "position/margin-balance", per2s(20, RateScope.UID), this::margin));
    router.add(Route.get(BASE + "max-size", per2s(20, RateScope.UID), this::maxSize));
    router.add(Route.get(BASE + "max-avail-size", per2s(20, RateScope.UID), this::maxAvail));
    router.add(Route.get(BASE + "trade-fee", per2s(5, RateScope.UID), this::tradeFee));
  }

  private ApiResponse balance(ApiRequest r) {
    Set<String> ccys = list(r.param("ccy"));
    boolean usdt = ccys.isEmpty() || ccys.contains("USDT");
    return ApiResponse.ok(List.of(BalanceJson.account(engine.balance(r.account()), usdt)));
  }

  private ApiResponse positions(ApiRequest r) {
    Optional<String> instType = r.param("instType");
    if (instType.isPresent() && !"SWAP".equals(instType.get())) {
      return ApiResponse.ok(List.of());
    }
    Set<String> instIds = list(r.param("instId"));
    Set<String> posIds = list(r.param("posId"));
    List<Map<String, Object>> data = new ArrayList<>();
    for (PositionSnapshot p : engine.positions(r.account())) {
      if ((instIds.isEmpty() || instIds.contains(p.instId()))
          && (posIds.isEmpty() || posIds.contains(p.posId()))) {
        data.add(PositionJson.position(p));
      }
    }
    return ApiResponse.ok(data);
  }

  private ApiResponse config(ApiRequest r) {
    Account a = r.account();
    Map<String, Object> config =
        JsonObj.create()
            .str("acctLv", Integer.toString(engine.accountLevel(a)))
            .str("acctStpMode", "cancel_maker")
            .raw("autoLoan", false)
            .str("ctIsoMode", "automatic")
            .raw("enableSpotBorrow", false)
            .str("greeksType", "PA")
            .str("ip", "")
            .str("kycLv", "3")
            .str("label", a.name())
            .str("level", "Lv1")
            .str("levelTmp", "")
            .str("liquidationGear", "-1")
            .str("mainUid", a.mainUid())
            .str("mgnIsoMode", "automatic")
            .str("opAuth", "1")
            .str("perm", "read_only,trade")
            .str("posMode", engine.positionMode(a).wire())
            .str("roleType", "0")
            .raw("spotBorrowAutoRepay", false)
            .str("spotOffsetType", "")
            .str("spotRoleType", "0")
            .raw("spotTraderInsts", List.of())
            .str("traderInsts", "")
            .str("type", "0")
            .str("uid", a.uid())
            .map();
    return ApiResponse.ok(List.of(config));
  }

  private ApiResponse setPosMode(ApiRequest r) {
    PosMode mode = PosMode.parse(r.required("posMode")).orElseThrow(() -> Errors.param("posMode"));
    engine.setPositionMode(r.account(), mode);
    return ApiResponse.ok(List.of(JsonObj.create().str("posMode", mode.wire()).map()));
  }

  private ApiResponse setLeverage(ApiRequest r) {
    isolatedOnly(r.required("mgnMode"));
    String instId = r.required("instId");
    LeverageSetting s =
        engine.setLeverage(r.account(), instId, posSide(r), r.requiredPositive("lever"));
    return ApiResponse.ok(List.of(leverage(s)));
  }

  private ApiResponse leverageInfo(ApiRequest r) {
    isolatedOnly(r.required("mgnMode"));
    List<Map<String, Object>> data = new ArrayList<>();
    for (String instId : list(Optional.of(r.required("instId")))) {
      engine.leverageInfo(r.account(), instId).forEach(s -> data.add(leverage(s)));
    }
    return ApiResponse.ok(data);
  }

  private ApiResponse margin(ApiRequest r) {
    String instId = r.required("instId");
    String type = r.required("type");
    if (!"add".equals(type) && !"reduce".equals(type)) {
      throw Errors.param("type");
    }
    MarginChange c =
        engine.adjustMargin(
            r.account(), instId, posSide(r), "add".equals(type), r.requiredPositive("amt"));
    return ApiResponse.ok(
        List.of(
            JsonObj.create()
                .num("amt", c.amt())
                .str("ccy", "USDT")
                .str("instId", c.instId())
                .num("leverage", c.leverage())
                .str("posSide", c.posSide().wire())
                .str("type", type)
                .map()));
  }

  private ApiResponse maxSize(ApiRequest r) {
    isolatedOnly(r.required("tdMode"));
    Optional<BigDecimal> px = r.decimal("px");
    Optional<BigDecimal> lever = r.decimal("leverage");
    List<Map<String, Object>> data = new ArrayList<>();
    for (String instId : list(Optional.of(r.required("instId")))) {
      MaxSize m = engine.maxSize(r.account(), instId, px.orElse(null), lever.orElse(null));
      data.add(
          JsonObj.create()
              .str("ccy", "")
              .str("instId", m.instId())
              .num("maxBuy", m.maxBuy())
              .num("maxSell", m.maxSell())
              .map());
    }
    return ApiResponse.ok(data);
  }

  /** For swaps: the USDT available for new positions, the same on both sides. */
  private ApiResponse maxAvail(ApiRequest r) {
    isolatedOnly(r.required("tdMode"));
    BigDecimal avail = engine.balance(r.account()).availBal().max(BigDecimal.ZERO);
    List<Map<String, Object>> data = new ArrayList<>();
    for (String instId : list(Optional.of(r.required("instId")))) {
      engine.catalogue().find(instId).orElseThrow(Errors::instrumentMissing);
      data.add(
          JsonObj.create()
              .num("availBuy", avail)
              .num("availSell", avail)
              .str("instId", instId)
              .map());
    }
    return ApiResponse.ok(data);
  }

  /** Fee rates as OKX signs them: negative numbers are charges. */
  private ApiResponse tradeFee(ApiRequest r) {
    String instType = r.required("instType");
    String taker = engine.settings().takerRate().negate().stripTrailingZeros().toPlainString();
    String maker = engine.settings().makerRate().negate().stripTrailingZeros().toPlainString();
    boolean contracts = !"SPOT".equals(instType) && !"MARGIN".equals(instType);
    Map<String, Object> fee =
        JsonObj.create()
            .str("category", "1")
            .str("delivery", "")
            .str("exercise", "")
            .raw("fiat", List.of())
            .str("instType", instType)
            .str("level", "Lv1")
            .str("maker", contracts ? "" : maker)
            .str("makerU", contracts ? maker : "")
            .str("makerUSDC", contracts ? maker : "")
            .str("ruleType", "normal")
            .str("taker", contracts ? "" : taker)
            .str("takerU", contracts ? taker : "")
            .str("takerUSDC", contracts ? taker : "")
            .ts("ts", engine.now())
            .map();
    return ApiResponse.ok(List.of(fee));
  }

  private static Map<String, Object> leverage(LeverageSetting s) {
    return JsonObj.create()
        .num("lever", s.lever())
        .str("mgnMode", "isolated")
        .str("instId", s.instId())
        .str("posSide", s.posSide().wire())
        .map();
  }

  /** posSide as sent; absent means {@code net} (long/short mode then rejects it with 51000). */
  static PosSide posSide(ApiRequest r) {
    return r.param("posSide")
        .map(p -> PosSide.parse(p).orElseThrow(() -> Errors.param("posSide")))
        .orElse(PosSide.NET);
  }

  /** Only isolated margin is modelled; cross answers 51010 (not supported in this account mode). */
  private static void isolatedOnly(String mgnMode) {
    if ("cross".equals(mgnMode)) {
      throw Errors.unsupportedMode();
    }
    if (!"isolated".equals(mgnMode)) {
      throw Errors.param("mgnMode");
    }
  }

  private static Set<String> list(Optional<String> csv) {
    Set<String> out = new LinkedHashSet<>();
    csv.ifPresent(v -> Arrays.stream(v.split(",")).map(String::trim).forEach(out::add));
    return out;
  }
}
