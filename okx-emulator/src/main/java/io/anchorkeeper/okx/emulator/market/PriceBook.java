package io.anchorkeeper.okx.emulator.market;

import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import io.anchorkeeper.okx.emulator.instrument.Instrument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The current quote and candle history of every instrument. Mark and last move together when the
 * mark is set; a fill moves only the last price. Listeners are told after each change.
 */
public final class PriceBook {

  /** Two days of one-minute bars (OKX's candles endpoint covers the latest 1,440). */
  private static final int CANDLE_CAPACITY = 2 * 24 * 60;

  private final EmulatorClock clock;
  private final Map<String, Quote> quotes = new ConcurrentHashMap<>();
  private final Map<String, CandleSeries> markCandles = new ConcurrentHashMap<>();
  private final Map<String, CandleSeries> tradeCandles = new ConcurrentHashMap<>();
  private final List<QuoteListener> listeners = new CopyOnWriteArrayList<>();

  public PriceBook(EmulatorClock clock) {
    this.clock = clock;
  }

  public void addListener(QuoteListener listener) {
    listeners.add(listener);
  }

  /** Starts quoting an instrument at {@code price}, with {@code history} as its past minutes. */
  public void list(Instrument instrument, BigDecimal price, List<BigDecimal> history) {
    long now = clock.millis();
    quotes.put(
        instrument.instId(), new Quote(instrument.instId(), price, price, BigDecimal.ZERO, now));
    CandleSeries mark = new CandleSeries(CANDLE_CAPACITY);
    CandleSeries trade = new CandleSeries(CANDLE_CAPACITY);
    mark.seed(history, now);
    trade.seed(history, now);
    markCandles.put(instrument.instId(), mark);
    tradeCandles.put(instrument.instId(), trade);
  }

  public Optional<Quote> quote(String instId) {
    return instId == null ? Optional.empty() : Optional.ofNullable(quotes.get(instId));
  }

  /** The mark price; the instrument must be listed. */
  public BigDecimal mark(String instId) {
    return quotes.get(instId).markPx();
  }

  /** Sets mark and last price at once and tells the listeners. */
  public Quote setMark(String instId, BigDecimal price) {
    long now = clock.millis();
    Quote quote =
        quotes.compute(
            instId,
            (id, old) ->
                new Quote(id, price, price, old == null ? BigDecimal.ZERO : old.lastSz(), now));
    markCandles.get(instId).update(now, price, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    tradeCandles.get(instId).update(now, price, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    listeners.forEach(l -> l.onQuote(quote, true));
    return quote;
  }

  /** Records a trade: moves the last price and adds volume to the trade candles. */
  public void recordTrade(Instrument instrument, BigDecimal price, BigDecimal contracts) {
    long now = clock.millis();
    Quote quote =
        quotes.compute(
            instrument.instId(), (id, old) -> new Quote(id, old.markPx(), price, contracts, now));
    BigDecimal qty = instrument.quantity(contracts);
    tradeCandles.get(instrument.instId()).update(now, price, contracts, qty, qty.multiply(price));
    listeners.forEach(l -> l.onQuote(quote, false));
  }

  public CandleSeries markCandles(String instId) {
    return markCandles.get(instId);
  }

  public CandleSeries tradeCandles(String instId) {
    return tradeCandles.get(instId);
  }
}
