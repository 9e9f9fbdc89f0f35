package io.anchorkeeper.core.sizing;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.plan.Outcome;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Decimals;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Usdt;
import java.math.MathContext;
import java.util.Objects;

/**
 * Contract sizes for USDT amounts of margin, as SPEC section 2 defines them. The exact size for
 * margin {@code X} at leverage {@code L} and mark {@code M} is {@code X·L / (M·ctVal·ctMult)}.
 */
public final class ContractSizer {

  private static final MathContext SIX_DIGITS = new MathContext(6);

  private ContractSizer() {}

  /**
   * "Open X U": the contracts whose initial margin at {@code mark} is at most {@code margin},
   * rounded down to the lot; refused when that is below {@code minSz}.
   */
  public static Outcome<Contracts> forMargin(
      InstrumentSpec spec, Usdt margin, Leverage leverage, Price mark) {
    Contracts exact = exactForMargin(spec, margin, leverage, mark);
    Contracts rounded = spec.roundDownToLot(exact);
    if (rounded.isLessThan(spec.minSz())) {
      return Outcome.refused(
          margin.toCentsString()
              + " of margin at "
              + leverage
              + " and mark "
              + mark
              + " buys "
              + rounded
              + " contracts of "
              + spec.instId()
              + " (exactly "
              + exact.value().round(SIX_DIGITS).stripTrailingZeros().toPlainString()
              + "), below minSz "
              + spec.minSz());
    }
    return Outcome.ok(rounded);
  }

  /**
   * "Keep T U": the contracts whose margin at {@code mark} is {@code target}, rounded to the
   * nearest lot (halves up) and never below {@code minSz}.
   */
  public static Contracts toKeepMargin(
      InstrumentSpec spec, Usdt target, Leverage leverage, Price mark) {
    return exactForMargin(spec, target, leverage, mark)
        .roundToNearestLot(spec.lotSz())
        .max(spec.minSz());
  }

  /**
   * {@code requested} rounded down to the lot, as an order size: never more than asked, refused
   * when below {@code minSz}. {@code what} names the order in the refusal.
   */
  public static Outcome<Contracts> orderSize(
      InstrumentSpec spec, Contracts requested, String what) {
    Contracts rounded = spec.roundDownToLot(requested);
    if (rounded.isLessThan(spec.minSz())) {
      return Outcome.refused(
          what
              + " of "
              + requested
              + " contracts rounds down to "
              + rounded
              + ", below "
              + spec.instId()
              + " minSz "
              + spec.minSz());
    }
    return Outcome.ok(rounded);
  }

  private static Contracts exactForMargin(
      InstrumentSpec spec, Usdt margin, Leverage leverage, Price mark) {
    Objects.requireNonNull(margin, "margin must not be null");
    if (!margin.isPositive()) {
      throw new IllegalArgumentException("margin to size must be positive, was " + margin);
    }
    return Contracts.of(
        Decimals.divide(
            margin.amount().multiply(leverage.value()),
            mark.value().multiply(spec.contractValue())));
  }
}
