package io.anchorkeeper.okx.emulator.wire;

import io.anchorkeeper.okx.emulator.engine.PositionSnapshot;
import io.anchorkeeper.okx.emulator.json.JsonObj;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Positions as {@code account/positions} and the {@code positions} channel show them (isolated USDT
 * swap). A closed position shows {@code pos} "0" and empty risk figures.
 */
public final class PositionJson {

  private PositionJson() {}

  public static Map<String, Object> position(PositionSnapshot p) {
    return fields(p).map();
  }

  /** The push shape: REST fields plus {@code pTime}. */
  public static Map<String, Object> push(PositionSnapshot p, long pTime) {
    return fields(p).ts("pTime", pTime).map();
  }

  /** The short form used in {@code balance_and_position}'s {@code posData}. */
  public static Map<String, Object> brief(PositionSnapshot p) {
    return JsonObj.create()
        .str("posId", p.posId())
        .str("tradeId", p.lastTradeId())
        .str("instId", p.instId())
        .str("instType", "SWAP")
        .str("mgnMode", "isolated")
        .str("posSide", p.posSide().wire())
        .num("pos", p.pos())
        .str("ccy", "USDT")
        .str("posCcy", "")
        .num("avgPx", p.isClosed() ? null : p.avgPx())
        .str("nonSettleAvgPx", "")
        .str("settledPnl", "")
        .ts("uTime", p.uTime())
        .map();
  }

  private static JsonObj fields(PositionSnapshot p) {
    boolean open = !p.isClosed();
    return JsonObj.create()
        .str("adl", open ? "1" : "")
        .num("availPos", p.availPos())
        .num("avgPx", open ? p.avgPx() : null)
        .str("baseBal", "")
        .str("baseBorrowed", "")
        .str("baseInterest", "")
        .num("bePx", open ? p.bePx() : null)
        .str("bizRefId", "")
        .str("bizRefType", "")
        .ts("cTime", p.cTime())
        .str("ccy", "USDT")
        .str("clSpotInUseAmt", "")
        .raw("closeOrderAlgo", List.of())
        .str("deltaBS", "")
        .str("deltaPA", "")
        .num("fee", p.fee())
        .num("fundingFee", p.fundingFee())
        .str("gammaBS", "")
        .str("gammaPA", "")
        .str("hedgedPos", "")
        .num("idxPx", p.markPx())
        .str("imr", "")
        .str("instId", p.instId())
        .str("instType", "SWAP")
        .str("interest", "")
        .num("last", p.lastPx())
        .num("lever", p.lever())
        .str("liab", "")
        .str("liabCcy", "")
        .num("liqPenalty", p.liqPenalty())
        .num("liqPx", open ? p.liqPx() : null)
        .num("margin", p.margin())
        .num("markPx", p.markPx())
        .str("maxSpotInUseAmt", "")
        .str("mgnMode", "isolated")
        .num("mgnRatio", open ? p.mgnRatio() : null)
        .num("mmr", p.mmr())
        .str("nonSettleAvgPx", "")
        .num("notionalUsd", p.notional())
        .str("optVal", "")
        .str("pendingCloseOrdLiabVal", "")
        .num("pnl", p.pnl())
        .num("pos", p.pos())
        .str("posCcy", "")
        .str("posId", p.posId())
        .str("posSide", p.posSide().wire())
        .str("quoteBal", "")
        .str("quoteBorrowed", "")
        .str("quoteInterest", "")
        .num("realizedPnl", p.realizedPnl())
        .str("settledPnl", "")
        .str("spotInUseAmt", "")
        .str("spotInUseCcy", "")
        .str("thetaBS", "")
        .str("thetaPA", "")
        .str("tradeId", p.lastTradeId())
        .ts("uTime", p.uTime())
        .num("upl", p.upl())
        .num("uplLastPx", p.uplLastPx())
        .num("uplRatio", p.uplRatio())
        .num("uplRatioLastPx", p.uplRatioLastPx())
        .num("usdPx", BigDecimal.ONE)
        .str("vegaBS", "")
        .str("vegaPA", "");
  }
}
