package io.anchorkeeper.okx.emulator.engine;

import io.anchorkeeper.okx.emulator.instrument.Instrument;
import java.math.BigDecimal;

/**
 * Books one leg of a fill into a position and the account's cash (isolated margin, auto transfer):
 *
 * <ul>
 *   <li>open: initial margin {@code notional(fillPx)/lever} moves from cash into the position; the
 *       fee is charged to cash, not to the margin (as in the captured ETH position, whose margin is
 *       exactly notional/lever);
 *   <li>close: margin is released pro rata by size ({@code margin x closed/size}, all of it on a
 *       full close) together with the realised PnL, minus the fee;
 *   <li>liquidation: the whole margin is lost; PnL and fee at the mark are booked and what margin
 *       is left goes to the liquidation penalty; cash never pays for a shortfall.
 * </ul>
 *
 * Call under the account lock.
 */
final class Ledger {

  /** One booked leg; {@code fee} is a positive cost. */
  record Leg(Position position, BigDecimal size, BigDecimal pnl, BigDecimal fee, String subType) {}

  private final EngineContext ctx;

  Ledger(EngineContext ctx) {
    this.ctx = ctx;
  }

  /** The open position on this side, or a new empty one in {@code direction}. */
  Position positionFor(Account account, Instrument inst, PosSide posSide, Direction direction) {
    return account
        .position(inst.instId(), posSide)
        .orElseGet(
            () -> {
              BigDecimal lever = account.lever(inst, posSide, ctx.settings().defaultLeverage());
              Position p =
                  new Position(inst, posSide, ctx.ids.posId(), direction, lever, ctx.now());
              account.positions.put(Account.key(inst.instId(), posSide), p);
              return p;
            });
  }

  Leg open(Account account, Position p, BigDecimal n, BigDecimal px, BigDecimal rate) {
    Instrument inst = p.instrument;
    BigDecimal margin = MarginMath.initialMargin(inst, n, px, p.lever);
    BigDecimal fee = MarginMath.fee(inst, n, px, rate);
    account.cash = account.cash.subtract(margin).subtract(fee);
    p.avgPx = p.isOpen() ? MarginMath.averageEntry(p.size, p.avgPx, n, px) : px;
    p.size = p.size.add(n);
    p.margin = p.margin.add(margin);
    p.fee = p.fee.subtract(fee);
    p.uTime = ctx.now();
    return new Leg(p, n, BigDecimal.ZERO, fee, p.direction == Direction.LONG ? "3" : "4");
  }

  Leg close(Account account, Position p, BigDecimal n, BigDecimal px, BigDecimal rate) {
    Instrument inst = p.instrument;
    BigDecimal release =
        n.compareTo(p.size) >= 0 ? p.margin : MarginMath.div(p.margin.multiply(n), p.size);
    BigDecimal pnl = MarginMath.upl(inst, p.direction, n, p.avgPx, px);
    BigDecimal fee = MarginMath.fee(inst, n, px, rate);
    account.cash = account.cash.add(release).add(pnl).subtract(fee);
    p.margin = p.margin.subtract(release);
    p.size = p.size.subtract(n);
    p.pnl = p.pnl.add(pnl);
    p.fee = p.fee.subtract(fee);
    p.uTime = ctx.now();
    removeIfClosed(account, p);
    return new Leg(p, n, pnl, fee, p.direction == Direction.LONG ? "5" : "6");
  }

  Leg liquidate(Account account, Position p, BigDecimal mark, BigDecimal rate) {
    Instrument inst = p.instrument;
    BigDecimal n = p.size;
    BigDecimal pnl = MarginMath.upl(inst, p.direction, n, p.avgPx, mark);
    BigDecimal fee = MarginMath.fee(inst, n, mark, rate);
    BigDecimal left = p.margin.add(pnl).subtract(fee).max(BigDecimal.ZERO);
    p.pnl = p.pnl.add(pnl);
    p.fee = p.fee.subtract(fee);
    p.liqPenalty = p.liqPenalty.subtract(left);
    p.margin = BigDecimal.ZERO;
    p.size = BigDecimal.ZERO;
    p.uTime = ctx.now();
    removeIfClosed(account, p);
    return new Leg(p, n, pnl, fee, p.direction == Direction.LONG ? "104" : "105");
  }

  private static void removeIfClosed(Account account, Position p) {
    if (!p.isOpen()) {
      account.positions.remove(Account.key(p.instrument.instId(), p.posSide));
    }
  }
}
