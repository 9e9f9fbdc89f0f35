package io.anchorkeeper.okx.emulator.wire;

import io.anchorkeeper.okx.emulator.engine.Fill;
import io.anchorkeeper.okx.emulator.json.JsonObj;
import java.util.Map;

/** {@code trade/fills} and {@code trade/fills-history} items. */
public final class FillJson {

  private FillJson() {}

  public static Map<String, Object> fill(Fill f) {
    return JsonObj.create()
        .str("side", f.side().wire())
        .num("fillSz", f.fillSz())
        .num("fillPx", f.fillPx())
        .str("fillPxVol", "")
        .str("fillFwdPx", "")
        .num("fee", f.fee())
        .num("fillPnl", f.fillPnl())
        .str("ordId", f.ordId())
        .num("feeRate", f.feeRate())
        .str("instType", "SWAP")
        .str("fillPxUsd", "")
        .str("instId", f.instId())
        .str("clOrdId", f.clOrdId())
        .str("posSide", f.posSide().wire())
        .str("billId", f.billId())
        .str("subType", f.subType())
        .str("fillMarkVol", "")
        .str("tag", f.tag())
        .ts("fillTime", f.ts())
        .str("execType", f.execType())
        .str("fillIdxPx", "")
        .str("tradeId", f.tradeId())
        .num("fillMarkPx", f.markPx())
        .str("feeCcy", "USDT")
        .ts("ts", f.ts())
        .str("tradeQuoteCcy", "")
        .map();
  }
}
