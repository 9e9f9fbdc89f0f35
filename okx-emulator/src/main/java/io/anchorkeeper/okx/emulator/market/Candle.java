package io.anchorkeeper.okx.emulator.market;

import java.math.BigDecimal;

/**
 * One bar: open time {@code ts} (ms), open/high/low/close, volume in contracts ({@code vol}), in
 * base currency ({@code volCcy}) and in USDT ({@code volCcyQuote}).
 */
public record Candle(
    long ts,
    BigDecimal open,
    BigDecimal high,
    BigDecimal low,
    BigDecimal close,
    BigDecimal vol,
    BigDecimal volCcy,
    BigDecimal volCcyQuote) {

  /** A flat bar at {@code price} with no volume. */
  public static Candle flat(long ts, BigDecimal price) {
    return new Candle(
        ts, price, price, price, price, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
  }

  /** This bar after one more price and traded volume. */
  public Candle with(
      BigDecimal price, BigDecimal addVol, BigDecimal addVolCcy, BigDecimal addQuote) {
    return new Candle(
        ts,
        open,
        high.max(price),
        low.min(price),
        price,
        vol.add(addVol),
        volCcy.add(addVolCcy),
        volCcyQuote.add(addQuote));
  }

  /** This bar merged with the next bar of the same bucket. */
  public Candle merge(Candle later) {
    return new Candle(
        ts,
        open,
        high.max(later.high),
        low.min(later.low),
        later.close,
        vol.add(later.vol),
        volCcy.add(later.volCcy),
        volCcyQuote.add(later.volCcyQuote));
  }
}
