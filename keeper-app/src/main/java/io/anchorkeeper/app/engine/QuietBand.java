package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.margin.PnlCalculator;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.value.Ratio;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Instant;

/**
 * The mark prices, strictly between {@code lowestPrice} and {@code highestPrice}, at which a full
 * evaluation of one slot would change nothing but the profit rate it remembers: no procedure, no
 * alert, the same alert tier and flags. {@link QuietBandRule} works the bounds out after a full
 * evaluation, with a safety margin, for exactly the inputs it saw; the band holds only while those
 * same inputs (compared by identity) are current.
 *
 * <p>The bounds are doubles because they only decide whether a full evaluation is needed; every
 * figure shown or acted on is still computed in {@code BigDecimal}.
 */
final class QuietBand {

  private static final VarHandle LAST_MARK;

  static {
    try {
      LAST_MARK =
          MethodHandles.lookup()
              .findVarHandle(QuietBand.class, "lastMark", PositionBook.Mark.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final SlotConfig config;
  private final AnchorSettings settings;
  private final PositionSnapshot position;
  private final InstrumentSpec spec;
  private final double lowestPrice;
  private final double highestPrice;

  /** The position's {@code updatedAt}, kept apart so the price path need not read the position. */
  private final long positionSecond;

  private final int positionNano;

  /** The last mark let through; written with release semantics on the price path. */
  @SuppressWarnings("unused") // accessed through LAST_MARK
  private PositionBook.Mark lastMark;

  /** The profit rate at a mark, kept so that repeated reads at the same mark compute it once. */
  private volatile RateAt rateAt;

  private record RateAt(PositionBook.Mark mark, Ratio rate) {}

  QuietBand(
      SlotConfig config,
      AnchorSettings settings,
      PositionSnapshot position,
      InstrumentSpec spec,
      double lowestPrice,
      double highestPrice,
      PositionBook.Mark mark,
      Ratio rate) {
    this.config = config;
    this.settings = settings;
    this.position = position;
    this.spec = spec;
    this.lowestPrice = lowestPrice;
    this.highestPrice = highestPrice;
    this.positionSecond = position.updatedAt().getEpochSecond();
    this.positionNano = position.updatedAt().getNano();
    this.rateAt = new RateAt(mark, rate);
    LAST_MARK.setRelease(this, mark);
  }

  /**
   * True when a full evaluation at {@code mark} would change nothing: {@code price} (the mark's
   * price as a double) lies inside the band, the mark is newer than the position, and the slot's
   * setup and its position in the book are the very ones the band was made for. The cheap checks
   * come first. Then the mark is remembered as the one the slot's profit rate is now shown at.
   */
  boolean letsThrough(SlotEntry entry, PositionBook book, PositionBook.Mark mark, double price) {
    if (!(price > lowestPrice && price < highestPrice) || !isAfterPosition(mark.at())) {
      return false;
    }
    SlotSetup setup = entry.setup();
    if (setup.config() != config
        || setup.settings() != settings
        || book.position(entry.id()).orElse(null) != position) {
      return false;
    }
    LAST_MARK.setRelease(this, mark);
    return true;
  }

  private boolean isAfterPosition(Instant at) {
    long second = at.getEpochSecond();
    return second > positionSecond || (second == positionSecond && at.getNano() > positionNano);
  }

  /** The profit rate at the last mark let through, exactly as a full evaluation computes it. */
  Ratio profitRate() {
    PositionBook.Mark mark = (PositionBook.Mark) LAST_MARK.getAcquire(this);
    RateAt known = rateAt;
    if (known.mark() == mark) {
      return known.rate();
    }
    Ratio rate =
        PnlCalculator.profitRate(
            spec,
            position.side(),
            position.size(),
            position.averagePrice(),
            mark.price(),
            position.leverage());
    rateAt = new RateAt(mark, rate);
    return rate;
  }

  double lowestPrice() {
    return lowestPrice;
  }

  double highestPrice() {
    return highestPrice;
  }
}
