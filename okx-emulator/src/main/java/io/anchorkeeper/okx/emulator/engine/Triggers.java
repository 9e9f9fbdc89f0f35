package io.anchorkeeper.okx.emulator.engine;

import io.anchorkeeper.okx.emulator.instrument.Instrument;
import io.anchorkeeper.okx.emulator.instrument.Tier;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a mark move sets off in one account: resting limit orders that the mark crossed fill at
 * their price as maker (buy when mark <= px, sell when mark >= px), then every position on the
 * instrument whose margin ratio fell to 1 or below is liquidated in full at the mark: its pending
 * orders are cancelled and a {@code full_liquidation} order with an empty execType closes it. Call
 * under the account lock.
 */
final class Triggers {

  private final EngineContext ctx;
  private final Execution execution;

  Triggers(EngineContext ctx, Execution execution) {
    this.ctx = ctx;
    this.execution = execution;
  }

  void onMark(Account account, Instrument inst) {
    BigDecimal mark = ctx.prices.mark(inst.instId());
    fillCrossedOrders(account, inst, mark);
    liquidateUnsafePositions(account, inst, mark);
    ctx.unexposeIfIdle(account, inst.instId());
  }

  private void fillCrossedOrders(Account account, Instrument inst, BigDecimal mark) {
    for (Order order : account.pendingOn(inst.instId())) {
      boolean crossed =
          order.side == Side.BUY ? mark.compareTo(order.px) <= 0 : mark.compareTo(order.px) >= 0;
      if (!crossed) {
        continue;
      }
      if (closesMissingPosition(account, order)) {
        execution.cancel(account, order, CancelSource.SYSTEM);
      } else {
        execution.fill(account, order, order.remaining(), order.px, Liquidity.MAKER);
      }
    }
  }

  private static boolean closesMissingPosition(Account account, Order order) {
    if (!order.closesHedgePosition() && !order.reduceOnly) {
      return false;
    }
    return account
        .position(order.instrument.instId(), order.posSide)
        .map(p -> p.size.compareTo(order.remaining()) < 0)
        .orElse(true);
  }

  private void liquidateUnsafePositions(Account account, Instrument inst, BigDecimal mark) {
    List<Position> onInstrument =
        account.positions.values().stream()
            .filter(p -> p.instrument.instId().equals(inst.instId()))
            .toList();
    for (Position p : onInstrument) {
      if (isUnsafe(p, mark)) {
        liquidate(account, p);
      }
    }
  }

  private boolean isUnsafe(Position p, BigDecimal mark) {
    Tier tier = Snapshots.tier(p.instrument, p.size);
    BigDecimal upl = MarginMath.upl(p.instrument, p.direction, p.size, p.avgPx, mark);
    BigDecimal ratio =
        MarginMath.marginRatio(
            p.margin, upl, p.instrument, p.size, mark, tier.mmr(), ctx.settings().takerRate());
    return ratio.compareTo(BigDecimal.ONE) <= 0;
  }

  private void liquidate(Account account, Position p) {
    for (Order o : account.pendingOn(p.instrument.instId())) {
      if (o.posSide == p.posSide) {
        execution.cancel(account, o, CancelSource.LIQUIDATION);
      }
    }
    Side side = p.direction.openingSide().opposite();
    OrderRequest request =
        new OrderRequest(
            p.instrument.instId(), side, p.posSide, OrdType.MARKET, p.size, null, "", "", false);
    Order order =
        new Order(request, p.instrument, ctx.ids.ordId(), p.lever, "full_liquidation", ctx.now());
    account.pending.put(order.ordId, order);
    execution.fill(
        account, order, p.size, ctx.prices.mark(p.instrument.instId()), Liquidity.LIQUIDATION);
  }
}
