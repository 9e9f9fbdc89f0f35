package io.anchorkeeper.core.sizing;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.plan.Outcome;
import io.anchorkeeper.core.value.Contracts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits a market order larger than {@code maxMktSz} into chunks that the exchange accepts: each a
 * lot multiple, at least {@code minSz} and at most {@code maxMktSz}, together exactly the order.
 */
public final class MarketOrderSplitter {

  private MarketOrderSplitter() {}

  /**
   * Full chunks of the largest lot-multiple market size, then the remainder. When the remainder
   * would fall below {@code minSz}, the last two chunks are rebalanced: the last becomes {@code
   * minSz} and the one before gives up the difference. Refused when {@code total} is not a lot
   * multiple, is below {@code minSz}, or cannot be split (only when {@code maxMktSz} is so close to
   * {@code minSz} that no rebalancing fits).
   */
  public static Outcome<List<Contracts>> split(InstrumentSpec spec, Contracts total) {
    if (!total.isMultipleOf(spec.lotSz())) {
      return Outcome.refused(
          "order of " + total + " contracts is not a multiple of lotSz " + lot(spec));
    }
    if (total.isLessThan(spec.minSz())) {
      return Outcome.refused(
          "order of " + total + " contracts is below " + spec.instId() + " minSz " + spec.minSz());
    }
    Contracts chunk = spec.maxMarketChunk();
    if (!total.isGreaterThan(chunk)) {
      return Outcome.ok(List.of(total));
    }
    int fullChunks = total.value().divide(chunk.value(), 0, RoundingMode.DOWN).intValueExact();
    Contracts remainder = total.minus(chunk.times(BigDecimal.valueOf(fullChunks)));
    List<Contracts> chunks = new ArrayList<>(Collections.nCopies(fullChunks, chunk));
    if (remainder.isZero()) {
      return Outcome.ok(List.copyOf(chunks));
    }
    if (!remainder.isLessThan(spec.minSz())) {
      chunks.add(remainder);
      return Outcome.ok(List.copyOf(chunks));
    }
    Contracts rebalanced = chunk.plus(remainder).minus(spec.minSz());
    if (rebalanced.isLessThan(spec.minSz())) {
      return Outcome.refused(
          "order of "
              + total
              + " contracts cannot be split into market orders of "
              + spec.minSz()
              + " to "
              + chunk
              + " contracts");
    }
    chunks.set(chunks.size() - 1, rebalanced);
    chunks.add(spec.minSz());
    return Outcome.ok(List.copyOf(chunks));
  }

  private static String lot(InstrumentSpec spec) {
    return spec.lotSz().stripTrailingZeros().toPlainString();
  }
}
