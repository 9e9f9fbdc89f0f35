package io.anchorkeeper.okx.emulator.engine;

import io.anchorkeeper.okx.emulator.instrument.Instrument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Executes part or all of an order: splits the size into a closing and an opening leg (long/short
 * mode: the order's side and posSide decide; net mode: the current net position decides, so one
 * fill can close and flip), books the legs, records the fill, updates the order and publishes both.
 * Call under the account lock.
 */
final class Execution {

  private final EngineContext ctx;
  private final Ledger ledger;

  Execution(EngineContext ctx, Ledger ledger) {
    this.ctx = ctx;
    this.ledger = ledger;
  }

  Fill fill(Account account, Order order, BigDecimal size, BigDecimal px, Liquidity liquidity) {
    EngineSettings settings = ctx.settings();
    BigDecimal rate = liquidity == Liquidity.MAKER ? settings.makerRate() : settings.takerRate();
    releaseFrozen(order, size);
    List<Ledger.Leg> legs = book(account, order, size, px, rate, liquidity);
    BigDecimal pnl = BigDecimal.ZERO;
    BigDecimal fee = BigDecimal.ZERO;
    for (Ledger.Leg leg : legs) {
      pnl = pnl.add(leg.pnl());
      fee = fee.add(leg.fee());
    }
    Instrument inst = order.instrument;
    long now = ctx.now();
    Fill fill =
        new Fill(
            inst.instId(),
            ctx.ids.tradeId(),
            order.ordId,
            order.clOrdId,
            ctx.ids.billId(),
            order.tag,
            order.side,
            order.posSide,
            px,
            size,
            pnl,
            fee.negate(),
            rate.negate(),
            liquidity.execType,
            legs.get(legs.size() - 1).subType(),
            ctx.prices.mark(inst.instId()),
            now);
    legs.forEach(l -> l.position().lastTradeId = fill.tradeId());
    order.accFillSz = order.accFillSz.add(size);
    order.filledValue = order.filledValue.add(size.multiply(px));
    order.fee = order.fee.subtract(fee);
    order.pnl = order.pnl.add(pnl);
    order.lastFill = fill;
    order.uTime = now;
    order.state = order.remaining().signum() == 0 ? OrderState.FILLED : OrderState.PARTIALLY_FILLED;
    if (order.state == OrderState.FILLED) {
      account.finish(order);
    }
    account.record(fill);
    ctx.prices.recordTrade(inst, px, size);
    ctx.publishOrder(account, order, Optional.of(fill));
    ctx.publishAccount(
        account,
        liquidity == Liquidity.LIQUIDATION ? "liquidation" : "filled",
        legs.stream().map(Ledger.Leg::position).distinct().toList(),
        List.of(fill));
    return fill;
  }

  /** Cancels what is left of an order and publishes it. */
  void cancel(Account account, Order order, String cancelSource) {
    order.state = OrderState.CANCELED;
    order.cancelSource = cancelSource;
    order.frozenMargin = BigDecimal.ZERO;
    order.uTime = ctx.now();
    account.finish(order);
    ctx.publishOrder(account, order, Optional.empty());
    ctx.publishAccount(account, null, List.of(), List.of());
  }

  private void releaseFrozen(Order order, BigDecimal size) {
    if (order.frozenMargin.signum() == 0) {
      return;
    }
    BigDecimal part =
        size.compareTo(order.remaining()) >= 0
            ? order.frozenMargin
            : MarginMath.div(order.frozenMargin.multiply(size), order.remaining());
    order.frozenMargin = order.frozenMargin.subtract(part);
  }

  private List<Ledger.Leg> book(
      Account account,
      Order order,
      BigDecimal size,
      BigDecimal px,
      BigDecimal rate,
      Liquidity liquidity) {
    Instrument inst = order.instrument;
    List<Ledger.Leg> legs = new ArrayList<>();
    Position current = account.position(inst.instId(), order.posSide).orElse(null);
    Direction opening = Direction.of(order.side);
    boolean closing =
        order.posSide == PosSide.NET
            ? current != null && current.direction != opening
            : order.closesHedgePosition();
    BigDecimal rest = size;
    if (closing && current != null) {
      BigDecimal closeSz = rest.min(current.size);
      legs.add(
          liquidity == Liquidity.LIQUIDATION
              ? ledger.liquidate(account, current, px, rate)
              : ledger.close(account, current, closeSz, px, rate));
      rest = rest.subtract(closeSz);
    }
    if (rest.signum() > 0 && (order.posSide == PosSide.NET || !closing)) {
      Position p = ledger.positionFor(account, inst, order.posSide, opening);
      legs.add(ledger.open(account, p, rest, px, rate));
    }
    return legs;
  }
}
