package io.anchorkeeper.okx.emulator.wire;

import io.anchorkeeper.okx.emulator.engine.Engine;
import io.anchorkeeper.okx.emulator.engine.Side;
import io.anchorkeeper.okx.emulator.json.JsonObj;
import io.anchorkeeper.okx.emulator.json.Num;
import io.anchorkeeper.okx.emulator.market.Candle;
import io.anchorkeeper.okx.emulator.market.CandleQuery;
import io.anchorkeeper.okx.emulator.market.Quote;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Market-data shapes: mark price, ticker, candle rows. The book is not modelled: best ask and bid
 * are the prices a taker would get, with a nominal size of 100 contracts.
 */
public final class MarketJson {

  private static final long DAY = 24 * 3_600_000L;
  private static final long UTC8 = 8 * 3_600_000L;
  private static final BigDecimal BOOK_SIZE = new BigDecimal("100");

  private MarketJson() {}

  public static Map<String, Object> markPrice(Quote q) {
    return JsonObj.create()
        .str("instType", "SWAP")
        .str("instId", q.instId())
        .num("markPx", q.markPx())
        .ts("ts", q.ts())
        .map();
  }

  /**
   * A ticker from the quote and the last day of trade candles; ask and bid are the prices a taker
   * would get now.
   */
  public static Map<String, Object> ticker(Engine engine, String instId) {
    Quote q = engine.prices().quote(instId).orElseThrow();
    long now = engine.now();
    BigDecimal ask = engine.takerPrice(instId, Side.BUY);
    BigDecimal bid = engine.takerPrice(instId, Side.SELL);
    List<Candle> day = engine.prices().tradeCandles(instId).barsSince(now - DAY, now);
    BigDecimal open = day.isEmpty() ? q.lastPx() : day.get(0).open();
    BigDecimal high = q.lastPx();
    BigDecimal low = q.lastPx();
    BigDecimal vol = BigDecimal.ZERO;
    BigDecimal volCcy = BigDecimal.ZERO;
    for (Candle c : day) {
      high = high.max(c.high());
      low = low.min(c.low());
      vol = vol.add(c.vol());
      volCcy = volCcy.add(c.volCcy());
    }
    return JsonObj.create()
        .str("instType", "SWAP")
        .str("instId", q.instId())
        .num("last", q.lastPx())
        .num("lastSz", q.lastSz())
        .num("askPx", ask)
        .num("askSz", BOOK_SIZE)
        .num("bidPx", bid)
        .num("bidSz", BOOK_SIZE)
        .num("open24h", open)
        .num("high24h", high)
        .num("low24h", low)
        .num("volCcy24h", volCcy)
        .num("vol24h", vol)
        .ts("ts", q.ts())
        .num("sodUtc0", openAt(day, Math.floorDiv(now, DAY) * DAY, open))
        .num("sodUtc8", openAt(day, Math.floorDiv(now + UTC8, DAY) * DAY - UTC8, open))
        .map();
  }

  private static BigDecimal openAt(List<Candle> day, long ts, BigDecimal fallback) {
    return day.stream().filter(c -> c.ts() >= ts).findFirst().map(Candle::open).orElse(fallback);
  }

  /** A trade candle row: ts, o, h, l, c, vol, volCcy, volCcyQuote, confirm. */
  public static List<String> tradeRow(CandleQuery.Row row) {
    Candle c = row.candle();
    return List.of(
        Long.toString(c.ts()),
        Num.str(c.open()),
        Num.str(c.high()),
        Num.str(c.low()),
        Num.str(c.close()),
        Num.str(c.vol()),
        Num.str(c.volCcy()),
        Num.str(c.volCcyQuote()),
        row.confirmed() ? "1" : "0");
  }

  /** A mark-price candle row: ts, o, h, l, c, confirm. */
  public static List<String> markRow(CandleQuery.Row row) {
    Candle c = row.candle();
    return List.of(
        Long.toString(c.ts()),
        Num.str(c.open()),
        Num.str(c.high()),
        Num.str(c.low()),
        Num.str(c.close()),
        row.confirmed() ? "1" : "0");
  }
}
