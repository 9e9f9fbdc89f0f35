package io.anchorkeeper.okx.emulator.market;

import io.anchorkeeper.okx.emulator.instrument.Instrument;
import io.anchorkeeper.okx.emulator.instrument.InstrumentCatalogue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Moves every instrument's mark one step at a time from its {@link PriceSource}, in instId order,
 * so that a seed and a number of steps give one price path. Instruments without a configured source
 * walk randomly with a per-instrument seed derived from the emulator seed.
 */
public final class PriceFeed {

  private static final int HISTORY_MINUTES = 24 * 60;
  private static final double HISTORY_VOLATILITY = 0.001;

  private final InstrumentCatalogue catalogue;
  private final PriceBook book;
  private final long seed;
  private final double volatility;
  private final Map<String, PriceSource> sources = new ConcurrentHashMap<>();

  public PriceFeed(InstrumentCatalogue catalogue, PriceBook book, long seed, double volatility) {
    this.catalogue = catalogue;
    this.book = book;
    this.seed = seed;
    this.volatility = volatility;
  }

  /** Lists an instrument in the book with its starting price and a day of seeded history. */
  public void list(Instrument instrument, PriceSource source, BigDecimal startPx) {
    sources.put(instrument.instId(), source);
    BigDecimal start = instrument.roundToTick(startPx, RoundingMode.HALF_UP);
    book.list(instrument, start, history(instrument, start));
  }

  /** Lists an instrument walking randomly (seeded per instrument) from {@code startPx}. */
  public void listWalking(Instrument instrument, BigDecimal startPx) {
    list(instrument, new RandomWalk(seedFor(instrument.instId()), volatility), startPx);
  }

  /** Replaces an instrument's price source (e.g. to freeze it). */
  public void setSource(String instId, PriceSource source) {
    sources.put(instId, source);
  }

  /** One step for every instrument. */
  public void step() {
    for (Instrument instrument : catalogue.all()) {
      PriceSource source = sources.get(instrument.instId());
      if (source == null) {
        continue;
      }
      BigDecimal current = book.mark(instrument.instId());
      BigDecimal next = instrument.roundToTick(source.next(current), RoundingMode.HALF_UP);
      if (next.compareTo(current) != 0) {
        book.setMark(instrument.instId(), next);
      }
    }
  }

  private long seedFor(String instId) {
    return seed * 1_000_003L + instId.hashCode();
  }

  /** A day of one-minute closes ending at {@code start}, walked backwards with its own seed. */
  private List<BigDecimal> history(Instrument instrument, BigDecimal start) {
    RandomWalk back = new RandomWalk(~seedFor(instrument.instId()), HISTORY_VOLATILITY);
    List<BigDecimal> closes = new ArrayList<>(HISTORY_MINUTES);
    BigDecimal price = start;
    closes.add(price);
    for (int i = 1; i < HISTORY_MINUTES; i++) {
      price = instrument.roundToTick(back.next(price), RoundingMode.HALF_UP);
      closes.add(price);
    }
    Collections.reverse(closes);
    return closes;
  }
}
