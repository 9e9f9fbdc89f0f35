package io.anchorkeeper.okx.emulator.wire;

import io.anchorkeeper.okx.emulator.engine.Fill;
import io.anchorkeeper.okx.emulator.engine.OrderSnapshot;
import io.anchorkeeper.okx.emulator.json.JsonObj;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orders as {@code trade/order} (GET), {@code orders-pending} and {@code orders-history} show them,
 * and as the {@code orders} channel pushes them (with the fill of that push).
 */
public final class OrderJson {

  private OrderJson() {}

  /** The REST shape; the fill fields describe the last fill. */
  public static Map<String, Object> rest(OrderSnapshot o) {
    return base(o, Optional.ofNullable(o.lastFill())).map();
  }

  /** The WebSocket shape; the fill fields describe {@code fill}, the execution of this push. */
  public static Map<String, Object> push(
      OrderSnapshot o, Optional<Fill> fill, BigDecimal notional) {
    JsonObj obj = base(o, fill);
    BigDecimal fillFee = fill.map(Fill::fee).orElse(BigDecimal.ZERO);
    return obj.str("amendResult", "")
        .str("amendSource", "")
        .str("code", "0")
        .str("execType", fill.map(Fill::execType).orElse(""))
        .num("fillFee", fillFee)
        .str("fillFeeCcy", "USDT")
        .str("fillFwdPx", "")
        .str("fillIdxPx", "")
        .str("fillMarkPx", fill.map(f -> f.markPx().toPlainString()).orElse(""))
        .str("fillMarkVol", "")
        .num("fillNotionalUsd", fill.map(f -> f.fillPx().multiply(f.fillSz())).orElse(null))
        .num("fillPnl", fill.map(Fill::fillPnl).orElse(BigDecimal.ZERO))
        .str("fillPxUsd", "")
        .str("fillPxVol", "")
        .str("msg", "")
        .num("notionalUsd", notional)
        .str("reqId", "")
        .map();
  }

  private static JsonObj base(OrderSnapshot o, Optional<Fill> fill) {
    return JsonObj.create()
        .num("accFillSz", o.accFillSz())
        .str("algoClOrdId", "")
        .str("algoId", "")
        .str("attachAlgoClOrdId", "")
        .raw("attachAlgoOrds", List.of())
        .num("avgPx", o.avgPx())
        .ts("cTime", o.cTime())
        .str("cancelSource", o.cancelSource())
        .str("cancelSourceReason", "")
        .str("category", o.category())
        .str("ccy", "")
        .str("clOrdId", o.clOrdId())
        .num("fee", o.fee())
        .str("feeCcy", "USDT")
        .num("fillPx", fill.map(Fill::fillPx).orElse(null))
        .num("fillSz", fill.map(Fill::fillSz).orElse(BigDecimal.ZERO))
        .str("fillTime", fill.map(f -> Long.toString(f.ts())).orElse(""))
        .str("instId", o.instId())
        .str("instType", "SWAP")
        .str("isTpLimit", "false")
        .num("lever", o.lever())
        .raw("linkedAlgoOrd", Map.of("algoId", ""))
        .str("ordId", o.ordId())
        .str("ordType", o.ordType().wire())
        .num("pnl", o.pnl())
        .str("posSide", o.posSide().wire())
        .num("px", o.px())
        .str("pxType", "")
        .str("pxUsd", "")
        .str("pxVol", "")
        .str("quickMgnType", "")
        .str("rebate", "0")
        .str("rebateCcy", "USDT")
        .str("reduceOnly", Boolean.toString(o.reduceOnly()))
        .str("side", o.side().wire())
        .str("slOrdPx", "")
        .str("slTriggerPx", "")
        .str("slTriggerPxType", "")
        .str("source", "")
        .str("state", o.state().wire())
        .str("stpId", "")
        .str("stpMode", "cancel_maker")
        .num("sz", o.sz())
        .str("tag", o.tag())
        .str("tdMode", "isolated")
        .str("tgtCcy", "")
        .str("tpOrdPx", "")
        .str("tpTriggerPx", "")
        .str("tpTriggerPxType", "")
        .str("tradeId", fill.map(Fill::tradeId).orElse(""))
        .ts("uTime", o.uTime());
  }
}
