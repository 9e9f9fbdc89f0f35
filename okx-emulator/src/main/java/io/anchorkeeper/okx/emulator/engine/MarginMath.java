package io.anchorkeeper.okx.emulator.engine;

import io.anchorkeeper.okx.emulator.instrument.Instrument;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Isolated-margin formulas for USDT-margined linear swaps (okx-v5-facts.md section 6), written
 * independently of keeper-core. Units: sizes {@code n} in contracts, prices in USDT per coin,
 * amounts in USDT. Rates are positive fractions ({@code f} = taker fee rate as a cost). Quotients
 * carry {@value #SCALE} decimals, rounded half-up; products are exact.
 */
public final class MarginMath {

  /** Decimal places kept by every division. */
  public static final int SCALE = 16;

  private MarginMath() {}

  public static BigDecimal div(BigDecimal a, BigDecimal b) {
    return a.divide(b, SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /** {@code ctVal x ctMult x n x px}. */
  public static BigDecimal notional(Instrument inst, BigDecimal n, BigDecimal px) {
    return inst.quantity(n).multiply(px);
  }

  /** Isolated initial margin {@code notional(px) / lever}; at open, px is the fill price. */
  public static BigDecimal initialMargin(
      Instrument inst, BigDecimal n, BigDecimal px, BigDecimal lever) {
    return div(notional(inst, n, px), lever);
  }

  /** Fee as a positive cost: {@code notional(px) x rate}. */
  public static BigDecimal fee(Instrument inst, BigDecimal n, BigDecimal px, BigDecimal rate) {
    return notional(inst, n, px).multiply(rate);
  }

  /** Unrealised PnL: long {@code qty x (mark - entry)}, short {@code qty x (entry - mark)}. */
  public static BigDecimal upl(
      Instrument inst, Direction dir, BigDecimal n, BigDecimal entry, BigDecimal mark) {
    return inst.quantity(n).multiply(mark.subtract(entry)).multiply(dir.sign());
  }

  /** Maintenance margin {@code notional(mark) x mmr}. */
  public static BigDecimal maintenance(
      Instrument inst, BigDecimal n, BigDecimal mark, BigDecimal mmr) {
    return notional(inst, n, mark).multiply(mmr);
  }

  /** {@code (margin + upl) / (notional(mark) x (mmr + f))}; liquidation at or below 1. */
  public static BigDecimal marginRatio(
      BigDecimal margin,
      BigDecimal upl,
      Instrument inst,
      BigDecimal n,
      BigDecimal mark,
      BigDecimal mmr,
      BigDecimal f) {
    BigDecimal requirement = notional(inst, n, mark).multiply(mmr.add(f));
    return div(margin.add(upl), requirement);
  }

  /**
   * Estimated liquidation price (margin ratio = 1): long {@code (E - margin/qty) / (1 - mmr - f)},
   * short {@code (E + margin/qty) / (1 + mmr + f)}; never below zero.
   */
  public static BigDecimal liquidationPrice(
      Instrument inst,
      Direction dir,
      BigDecimal n,
      BigDecimal entry,
      BigDecimal margin,
      BigDecimal mmr,
      BigDecimal f) {
    BigDecimal perCoin = div(margin, inst.quantity(n));
    BigDecimal rates = mmr.add(f);
    BigDecimal px =
        dir == Direction.LONG
            ? div(entry.subtract(perCoin), BigDecimal.ONE.subtract(rates))
            : div(entry.add(perCoin), BigDecimal.ONE.add(rates));
    return px.max(BigDecimal.ZERO);
  }

  /** Break-even price: long {@code E(1+f)/(1-f)}, short {@code E(1-f)/(1+f)}. */
  public static BigDecimal breakEvenPrice(Direction dir, BigDecimal entry, BigDecimal f) {
    BigDecimal up = BigDecimal.ONE.add(f);
    BigDecimal down = BigDecimal.ONE.subtract(f);
    return dir == Direction.LONG ? div(entry.multiply(up), down) : div(entry.multiply(down), up);
  }

  /**
   * The emulator's reducible-margin rule (OKX publishes none): after a reduction the margin must
   * still cover the initial margin at the current mark, {@code notional(mark) / lever}, plus any
   * unrealised loss. Returns how much may be taken out (never negative).
   */
  public static BigDecimal maxReducible(
      Instrument inst,
      BigDecimal n,
      BigDecimal mark,
      BigDecimal lever,
      BigDecimal margin,
      BigDecimal upl) {
    BigDecimal floor = div(notional(inst, n, mark), lever).add(upl.negate().max(BigDecimal.ZERO));
    return margin.subtract(floor).max(BigDecimal.ZERO);
  }

  /** Volume-weighted average entry after adding {@code added} contracts at {@code px}. */
  public static BigDecimal averageEntry(
      BigDecimal size, BigDecimal avgPx, BigDecimal added, BigDecimal px) {
    return div(size.multiply(avgPx).add(added.multiply(px)), size.add(added));
  }
}
