package io.anchorkeeper.okx.emulator.engine;

import io.anchorkeeper.okx.emulator.instrument.Instrument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Leverage, isolated-margin adjustments, position mode and the max-size estimates. Call under the
 * account lock.
 */
final class MarginDesk {

  private final EngineContext ctx;

  MarginDesk(EngineContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Adds or removes isolated margin. Adding needs that much available balance; removing is limited
   * by {@link MarginMath#maxReducible} and blocked while closing orders are pending. Both answer
   * 59301 beyond their limit.
   */
  MarginChange adjust(
      Account account, String instId, PosSide posSide, boolean add, BigDecimal amt) {
    Instrument inst = ctx.instrument(instId);
    Position p = account.position(instId, posSide).orElseThrow(Errors::marginNoPosition);
    BigDecimal mark = ctx.prices.mark(instId);
    if (add) {
      if (amt.compareTo(account.availBal()) > 0) {
        throw Errors.marginOverLimit();
      }
    } else {
      if (Snapshots.pendingClose(account, p).signum() > 0) {
        throw Errors.marginPendingClose();
      }
      BigDecimal upl = MarginMath.upl(inst, p.direction, p.size, p.avgPx, mark);
      if (amt.compareTo(MarginMath.maxReducible(inst, p.size, mark, p.lever, p.margin, upl)) > 0) {
        throw Errors.marginOverLimit();
      }
    }
    BigDecimal delta = add ? amt : amt.negate();
    p.margin = p.margin.add(delta);
    account.cash = account.cash.subtract(delta);
    p.uTime = ctx.now();
    ctx.publishAccount(account, "adjust_margin", List.of(p), List.of());
    BigDecimal effective =
        MarginMath.notional(inst, p.size, p.avgPx).divide(p.margin, 2, RoundingMode.HALF_UP);
    return new MarginChange(instId, posSide, add, amt, effective);
  }

  /**
   * Sets one side's leverage (both sides share nothing in long/short mode). With a position open,
   * its margin moves by the change in initial margin at entry: lowering leverage takes the
   * difference from available balance (59103 when short), raising it gives the difference back, but
   * never more than the reducible-margin rule allows at the new leverage.
   */
  LeverageSetting setLeverage(Account account, String instId, PosSide posSide, BigDecimal lever) {
    Instrument inst = ctx.instrument(instId);
    if ((account.posMode == PosMode.LONG_SHORT) == (posSide == PosSide.NET)) {
      throw Errors.param("posSide");
    }
    if (lever.compareTo(BigDecimal.ONE) < 0) {
      throw Errors.param("lever");
    }
    if (lever.compareTo(inst.maxLever()) > 0) {
      throw Errors.leverageTooHigh();
    }
    if (account.pendingOn(instId).stream().anyMatch(o -> o.posSide == posSide)) {
      throw Errors.leverageBlockedByOrders();
    }
    account
        .position(instId, posSide)
        .ifPresent(p -> moveMarginForLeverage(account, inst, p, lever));
    account.leverage.put(Account.key(instId, posSide), lever);
    return new LeverageSetting(instId, posSide, lever);
  }

  private void moveMarginForLeverage(
      Account account, Instrument inst, Position p, BigDecimal lever) {
    if (lever.compareTo(Snapshots.tier(inst, p.size).maxLever()) > 0) {
      throw Errors.leverageTooHigh();
    }
    BigDecimal delta =
        MarginMath.initialMargin(inst, p.size, p.avgPx, lever)
            .subtract(MarginMath.initialMargin(inst, p.size, p.avgPx, p.lever));
    if (delta.signum() < 0) {
      BigDecimal mark = ctx.prices.mark(inst.instId());
      BigDecimal upl = MarginMath.upl(inst, p.direction, p.size, p.avgPx, mark);
      delta = delta.max(MarginMath.maxReducible(inst, p.size, mark, lever, p.margin, upl).negate());
    }
    if (delta.compareTo(account.availBal()) > 0) {
      throw Errors.leverageMarginShort();
    }
    p.margin = p.margin.add(delta);
    account.cash = account.cash.subtract(delta);
    p.lever = lever;
    p.uTime = ctx.now();
    ctx.publishAccount(account, "set_leverage", List.of(p), List.of());
  }

  List<LeverageSetting> leverageInfo(Account account, String instId) {
    Instrument inst = ctx.instrument(instId);
    List<LeverageSetting> out = new ArrayList<>();
    List<PosSide> sides =
        account.posMode == PosMode.LONG_SHORT
            ? List.of(PosSide.LONG, PosSide.SHORT)
            : List.of(PosSide.NET);
    for (PosSide side : sides) {
      out.add(
          new LeverageSetting(
              instId, side, account.lever(inst, side, ctx.settings().defaultLeverage())));
    }
    return out;
  }

  void setPositionMode(Account account, PosMode mode) {
    if (mode != account.posMode && (!account.positions.isEmpty() || !account.pending.isEmpty())) {
      throw Errors.settingsBlocked();
    }
    account.posMode = mode;
  }

  /**
   * The most contracts a new order could open (or, in net mode, close and open) at {@code px}
   * (default: the mark): available balance over margin plus taker fee per contract, rounded down to
   * the lot.
   */
  MaxSize maxSize(Account account, String instId, BigDecimal px, BigDecimal leverOverride) {
    Instrument inst = ctx.instrument(instId);
    BigDecimal price = px != null ? px : ctx.prices.mark(instId);
    boolean hedge = account.posMode == PosMode.LONG_SHORT;
    BigDecimal buy =
        openable(account, inst, hedge ? PosSide.LONG : PosSide.NET, price, leverOverride);
    BigDecimal sell =
        openable(account, inst, hedge ? PosSide.SHORT : PosSide.NET, price, leverOverride);
    if (!hedge) {
      Position net = account.position(instId, PosSide.NET).orElse(null);
      if (net != null && net.direction == Direction.SHORT) {
        buy = buy.add(net.size);
      } else if (net != null) {
        sell = sell.add(net.size);
      }
    }
    return new MaxSize(instId, buy, sell);
  }

  private BigDecimal openable(
      Account account, Instrument inst, PosSide side, BigDecimal px, BigDecimal leverOverride) {
    BigDecimal lever =
        leverOverride != null
            ? leverOverride
            : account.lever(inst, side, ctx.settings().defaultLeverage());
    BigDecimal perContract =
        MarginMath.initialMargin(inst, BigDecimal.ONE, px, lever)
            .add(MarginMath.fee(inst, BigDecimal.ONE, px, ctx.settings().takerRate()));
    BigDecimal avail = account.availBal().max(BigDecimal.ZERO);
    return inst.roundDownToLot(avail.divide(perContract, MarginMath.SCALE, RoundingMode.DOWN));
  }
}
