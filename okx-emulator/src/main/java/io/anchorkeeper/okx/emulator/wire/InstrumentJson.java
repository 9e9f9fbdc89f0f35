package io.anchorkeeper.okx.emulator.wire;

import io.anchorkeeper.okx.emulator.instrument.Instrument;
import io.anchorkeeper.okx.emulator.instrument.Tier;
import io.anchorkeeper.okx.emulator.json.JsonObj;
import java.util.List;
import java.util.Map;

/** {@code public/instruments} items and {@code public/position-tiers} rows. */
public final class InstrumentJson {

  private InstrumentJson() {}

  public static Map<String, Object> instrument(Instrument i) {
    return JsonObj.create()
        .str("alias", "")
        .str("auctionEndTime", "")
        .str("baseCcy", "")
        .str("category", "1")
        .str("contTdSwTime", "")
        .num("ctMult", i.ctMult())
        .str("ctType", "linear")
        .num("ctVal", i.ctVal())
        .str("ctValCcy", i.ctValCcy())
        .str("expTime", "")
        .raw("futureSettlement", false)
        .str("instFamily", i.instFamily())
        .str("instId", i.instId())
        .str("instType", "SWAP")
        .num("lever", i.maxLever())
        .ts("listTime", i.listTime())
        .num("lotSz", i.lotSz())
        .str("maxIcebergSz", "100000000.0000000000000000")
        .str("maxLmtAmt", "20000000")
        .num("maxLmtSz", i.maxLmtSz())
        .str("maxMktAmt", "")
        .num("maxMktSz", i.maxMktSz())
        .str("maxPlatOILmt", "")
        .num("maxStopSz", i.maxMktSz())
        .num("maxTriggerSz", i.maxLmtSz())
        .num("maxTwapSz", i.maxLmtSz())
        .num("minSz", i.minSz())
        .str("openType", "")
        .str("optType", "")
        .str("posLmtAmt", "")
        .str("posLmtPct", "")
        .str("preMktSwTime", "")
        .str("quoteCcy", "")
        .str("ruleType", "normal")
        .str("settleCcy", i.settleCcy())
        .str("state", "live")
        .str("stk", "")
        .num("tickSz", i.tickSz())
        .raw("tradeQuoteCcyList", List.of())
        .str("uly", i.uly())
        .map();
  }

  public static Map<String, Object> tier(Instrument i, Tier t) {
    return JsonObj.create()
        .str("baseMaxLoan", "")
        .num("imr", t.imr())
        .str("instFamily", i.instFamily())
        .str("instId", "")
        .num("maxLever", t.maxLever())
        .num("maxSz", t.maxSz())
        .num("minSz", t.minSz())
        .num("mmr", t.mmr())
        .str("optMgnFactor", "0")
        .str("quoteMaxLoan", "")
        .str("tier", Integer.toString(t.tier()))
        .str("uly", i.uly())
        .map();
  }
}
