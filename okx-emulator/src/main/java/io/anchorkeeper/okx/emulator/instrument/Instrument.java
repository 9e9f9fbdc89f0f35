package io.anchorkeeper.okx.emulator.instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A USDT-margined linear perpetual swap as OKX describes it in {@code public/instruments}. Sizes
 * ({@code lotSz}, {@code minSz}, {@code maxMktSz}, {@code maxLmtSz}) count contracts; one contract
 * is {@code ctVal x ctMult} units of {@code ctValCcy}. {@code initialPx} is the emulator's starting
 * price and not an OKX field.
 */
public record Instrument(
    String instId,
    String instFamily,
    BigDecimal ctVal,
    String ctValCcy,
    BigDecimal ctMult,
    String settleCcy,
    BigDecimal lotSz,
    BigDecimal minSz,
    BigDecimal tickSz,
    BigDecimal maxMktSz,
    BigDecimal maxLmtSz,
    BigDecimal maxLever,
    long listTime,
    BigDecimal initialPx,
    List<Tier> tiers) {

  public Instrument {
    if (instId == null || !instId.endsWith("-SWAP")) {
      throw new IllegalArgumentException("only *-SWAP instruments are modelled: " + instId);
    }
    if (ctVal.signum() <= 0 || lotSz.signum() <= 0 || tickSz.signum() <= 0 || tiers.isEmpty()) {
      throw new IllegalArgumentException("invalid spec for " + instId);
    }
    tiers = List.copyOf(tiers);
  }

  /** Base-currency quantity of {@code contracts}: {@code ctVal x ctMult x contracts}. */
  public BigDecimal quantity(BigDecimal contracts) {
    return ctVal.multiply(ctMult).multiply(contracts);
  }

  /** The tier a position of {@code size} contracts falls into; empty beyond the last tier. */
  public Optional<Tier> tierFor(BigDecimal size) {
    return tiers.stream().filter(t -> t.covers(size)).findFirst();
  }

  public boolean isLotMultiple(BigDecimal size) {
    return size.remainder(lotSz).signum() == 0;
  }

  public boolean isTickMultiple(BigDecimal price) {
    return price.remainder(tickSz).signum() == 0;
  }

  /** Rounds a price to a multiple of {@code tickSz}, never below one tick. */
  public BigDecimal roundToTick(BigDecimal price, RoundingMode mode) {
    BigDecimal ticks = price.divide(tickSz, 0, mode);
    return ticks.max(BigDecimal.ONE).multiply(tickSz).stripTrailingZeros();
  }

  /** Rounds a size down to a multiple of {@code lotSz}. */
  public BigDecimal roundDownToLot(BigDecimal size) {
    return size.divide(lotSz, 0, RoundingMode.DOWN).multiply(lotSz).stripTrailingZeros();
  }

  /** The underlying, e.g. {@code BTC-USDT}. */
  public String uly() {
    return instFamily;
  }
}
