package io.anchorkeeper.okx.emulator.market;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One-minute bars of one price (mark or last), newest last, at most {@code capacity} of them.
 * Minutes without a price change are filled with flat bars so the series has no holes.
 */
public final class CandleSeries {

  public static final long MINUTE = 60_000L;

  private final int capacity;
  private final Deque<Candle> bars = new ArrayDeque<>();

  public CandleSeries(int capacity) {
    this.capacity = capacity;
  }

  /** Replaces the series with history: one close per minute, the last ending at {@code lastTs}. */
  public synchronized void seed(List<BigDecimal> closes, long lastTs) {
    bars.clear();
    long start = minute(lastTs) - (closes.size() - 1L) * MINUTE;
    BigDecimal previous = closes.get(0);
    for (int i = 0; i < closes.size(); i++) {
      BigDecimal close = closes.get(i);
      Candle bar =
          new Candle(
              start + i * MINUTE,
              previous,
              previous.max(close),
              previous.min(close),
              close,
              BigDecimal.ZERO,
              BigDecimal.ZERO,
              BigDecimal.ZERO);
      append(bar);
      previous = close;
    }
  }

  /** Records a price at {@code ts}, with the volume traded at it (zero for a mark move). */
  public synchronized void update(
      long ts, BigDecimal price, BigDecimal vol, BigDecimal volCcy, BigDecimal volQuote) {
    long minute = minute(ts);
    fillTo(minute);
    Candle last = bars.peekLast();
    if (last != null && last.ts() == minute) {
      bars.pollLast();
      bars.addLast(last.with(price, vol, volCcy, volQuote));
    } else if (last == null || last.ts() < minute) {
      append(Candle.flat(minute, price).with(price, vol, volCcy, volQuote));
    }
  }

  /** The bars from {@code fromTs} on, after filling flat bars up to the minute of {@code now}. */
  public synchronized List<Candle> barsSince(long fromTs, long now) {
    fillTo(minute(now));
    List<Candle> out = new ArrayList<>();
    for (Candle bar : bars) {
      if (bar.ts() >= fromTs) {
        out.add(bar);
      }
    }
    return out;
  }

  private void fillTo(long minute) {
    Candle last = bars.peekLast();
    if (last == null) {
      return;
    }
    long from = Math.max(last.ts() + MINUTE, minute - (capacity - 1L) * MINUTE);
    for (long t = from; t <= minute; t += MINUTE) {
      append(Candle.flat(t, last.close()));
    }
  }

  private void append(Candle bar) {
    bars.addLast(bar);
    while (bars.size() > capacity) {
      bars.pollFirst();
    }
  }

  static long minute(long ts) {
    return Math.floorDiv(ts, MINUTE) * MINUTE;
  }
}
