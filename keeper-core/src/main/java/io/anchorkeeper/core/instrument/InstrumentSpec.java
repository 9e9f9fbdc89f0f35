package io.anchorkeeper.core.instrument;

import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A USDT-margined linear perpetual swap's contract specification, as {@code public/instruments}
 * reports it, plus its position tiers. Specs are data: they are loaded from the exchange or a file,
 * never written into logic.
 *
 * @param instId the instrument, e.g. {@code BTC-USDT-SWAP}
 * @param ctVal base-currency units per contract (0.01 BTC)
 * @param ctMult contract multiplier, normally 1 for linear swaps
 * @param lotSz every order size is a multiple of this many contracts
 * @param minSz the smallest order size; a multiple of {@code lotSz}
 * @param tickSz every price is a multiple of this
 * @param maxMktSz the largest market order; larger orders are split
 * @param maxLeverage the highest leverage the instrument allows at all
 * @param tiers maintenance-margin tiers, possibly empty when unknown
 */
public record InstrumentSpec(
    InstrumentId instId,
    BigDecimal ctVal,
    BigDecimal ctMult,
    BigDecimal lotSz,
    Contracts minSz,
    BigDecimal tickSz,
    Contracts maxMktSz,
    Leverage maxLeverage,
    MarginTiers tiers) {

  public InstrumentSpec {
    Objects.requireNonNull(instId, "instId must not be null");
    requirePositive(instId, "ctVal", ctVal);
    requirePositive(instId, "ctMult", ctMult);
    requirePositive(instId, "lotSz", lotSz);
    Objects.requireNonNull(minSz, "minSz must not be null");
    requirePositive(instId, "minSz", minSz.value());
    if (!minSz.isMultipleOf(lotSz)) {
      throw new IllegalArgumentException(
          instId + " minSz must be a multiple of lotSz " + plain(lotSz) + ", was " + minSz);
    }
    requirePositive(instId, "tickSz", tickSz);
    Objects.requireNonNull(maxMktSz, "maxMktSz must not be null");
    if (maxMktSz.roundDownToLot(lotSz).isLessThan(minSz)) {
      throw new IllegalArgumentException(
          instId + " maxMktSz must allow at least minSz " + minSz + ", was " + maxMktSz);
    }
    Objects.requireNonNull(maxLeverage, "maxLeverage must not be null");
    Objects.requireNonNull(tiers, "tiers must not be null");
  }

  /** Base-currency units per contract: {@code ctVal·ctMult}. */
  public BigDecimal contractValue() {
    return ctVal.multiply(ctMult);
  }

  /** The largest market order that is a lot multiple: {@code maxMktSz} rounded down to the lot. */
  public Contracts maxMarketChunk() {
    return maxMktSz.roundDownToLot(lotSz);
  }

  /** {@code size} rounded down to a lot multiple: never more than asked. */
  public Contracts roundDownToLot(Contracts size) {
    return size.roundDownToLot(lotSz);
  }

  public InstrumentSpec withTiers(MarginTiers newTiers) {
    return new InstrumentSpec(
        instId, ctVal, ctMult, lotSz, minSz, tickSz, maxMktSz, maxLeverage, newTiers);
  }

  private static void requirePositive(InstrumentId instId, String field, BigDecimal value) {
    Objects.requireNonNull(value, () -> field + " must not be null");
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(
          instId + " " + field + " must be positive, was " + plain(value));
    }
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
