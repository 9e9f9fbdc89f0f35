package io.anchorkeeper.okx.emulator.wire;

import io.anchorkeeper.okx.emulator.engine.BalanceSnapshot;
import io.anchorkeeper.okx.emulator.json.JsonObj;
import java.util.List;
import java.util.Map;

/**
 * Balances as {@code account/balance}, {@code account/subaccount/balances} and the {@code account}
 * channel show them (USDT only; USDT counts as 1 USD), and funding balances as {@code
 * asset/balances} shows them.
 */
public final class BalanceJson {

  private BalanceJson() {}

  /** The account object; {@code withUsdt} false gives empty details (a ccy filter without USDT). */
  public static Map<String, Object> account(BalanceSnapshot b, boolean withUsdt) {
    return JsonObj.create()
        .str("adjEq", "")
        .str("availEq", "")
        .str("borrowFroz", "")
        .raw("details", withUsdt ? List.of(usdt(b)) : List.of())
        .str("imr", "")
        .num("isoEq", withUsdt ? b.isoEq() : null)
        .str("mgnRatio", "")
        .str("mmr", "")
        .str("notionalUsd", "")
        .str("notionalUsdForBorrow", "")
        .str("notionalUsdForFutures", "")
        .str("notionalUsdForOption", "")
        .str("notionalUsdForSwap", "")
        .str("ordFroz", "")
        .num("totalEq", b.eq())
        .ts("uTime", b.uTime())
        .str("upl", "")
        .map();
  }

  /** The USDT entry of {@code details}. */
  public static Map<String, Object> usdt(BalanceSnapshot b) {
    return JsonObj.create()
        .str("accAvgPx", "")
        .num("availBal", b.availBal())
        .num("availEq", b.availBal())
        .str("borrowFroz", "")
        .num("cashBal", b.cashBal())
        .str("ccy", "USDT")
        .str("clSpotInUseAmt", "")
        .raw("collateralEnabled", false)
        .str("crossLiab", "")
        .num("disEq", b.eq())
        .num("eq", b.eq())
        .num("eqUsd", b.eq())
        .str("fixedBal", "0")
        .num("frozenBal", b.frozenBal())
        .str("imr", "0")
        .str("interest", "")
        .num("isoEq", b.isoEq())
        .str("isoLiab", "")
        .num("isoUpl", b.isoUpl())
        .str("liab", "")
        .str("maxLoan", "")
        .str("maxSpotInUseAmt", "")
        .str("mgnRatio", "")
        .str("mmr", "0")
        .str("notionalLever", "0")
        .str("openAvgPx", "")
        .num("ordFrozen", b.ordFrozen())
        .str("rewardBal", "0")
        .str("smtSyncEq", "0")
        .str("spotBal", "")
        .str("spotCopyTradingEq", "0")
        .str("spotInUseAmt", "")
        .str("spotIsoBal", "0")
        .str("spotUpl", "")
        .str("spotUplRatio", "")
        .str("stgyEq", "0")
        .str("totalPnl", "")
        .str("totalPnlRatio", "")
        .str("twap", "0")
        .ts("uTime", b.uTime())
        .num("upl", b.isoUpl())
        .str("uplLiab", "")
        .map();
  }

  /** The funding-account entry of {@code asset/balances}. */
  public static Map<String, Object> funding(BalanceSnapshot b) {
    return JsonObj.create()
        .num("availBal", b.funding())
        .num("bal", b.funding())
        .str("ccy", "USDT")
        .str("frozenBal", "0")
        .map();
  }

  /** The {@code balData} entry of {@code balance_and_position}. */
  public static Map<String, Object> brief(BalanceSnapshot b) {
    return JsonObj.create()
        .str("ccy", "USDT")
        .num("cashBal", b.cashBal())
        .ts("uTime", b.uTime())
        .map();
  }
}
