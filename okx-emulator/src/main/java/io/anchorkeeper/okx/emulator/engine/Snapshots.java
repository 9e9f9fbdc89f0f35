package io.anchorkeeper.okx.emulator.engine;

import io.anchorkeeper.okx.emulator.instrument.Instrument;
import io.anchorkeeper.okx.emulator.instrument.Tier;
import io.anchorkeeper.okx.emulator.market.Quote;
import java.math.BigDecimal;
import java.util.List;

/**
 * Builds position and balance snapshots, deriving OKX's mark-price figures. Call under the lock.
 */
final class Snapshots {

  private final EngineContext ctx;

  Snapshots(EngineContext ctx) {
    this.ctx = ctx;
  }

  PositionSnapshot position(Account account, Position p) {
    Instrument inst = p.instrument;
    Quote quote = ctx.prices.quote(inst.instId()).orElseThrow();
    BigDecimal mark = quote.markPx();
    BigDecimal last = quote.lastPx();
    BigDecimal f = ctx.settings().takerRate();
    BigDecimal zero = BigDecimal.ZERO;
    if (!p.isOpen()) {
      return new PositionSnapshot(
          inst,
          p.posSide,
          p.posId,
          p.direction,
          zero,
          zero,
          p.avgPx,
          zero,
          p.lever,
          mark,
          last,
          zero,
          zero,
          zero,
          zero,
          zero,
          zero,
          zero,
          zero,
          zero,
          zero,
          p.pnl,
          p.fee,
          p.fundingFee,
          p.liqPenalty,
          p.realizedPnl(),
          p.lastTradeId,
          p.cTime,
          p.uTime);
    }
    BigDecimal n = p.size;
    Tier tier = tier(inst, n);
    BigDecimal upl = MarginMath.upl(inst, p.direction, n, p.avgPx, mark);
    BigDecimal uplLast = MarginMath.upl(inst, p.direction, n, p.avgPx, last);
    BigDecimal entryMargin = MarginMath.initialMargin(inst, n, p.avgPx, p.lever);
    return new PositionSnapshot(
        inst,
        p.posSide,
        p.posId,
        p.direction,
        n,
        n.subtract(pendingClose(account, p)).max(zero),
        p.avgPx,
        p.margin,
        p.lever,
        mark,
        last,
        upl,
        MarginMath.div(upl, entryMargin),
        uplLast,
        MarginMath.div(uplLast, entryMargin),
        MarginMath.notional(inst, n, mark),
        MarginMath.maintenance(inst, n, mark, tier.mmr()),
        tier.mmr(),
        MarginMath.marginRatio(p.margin, upl, inst, n, mark, tier.mmr(), f),
        MarginMath.liquidationPrice(inst, p.direction, n, p.avgPx, p.margin, tier.mmr(), f),
        MarginMath.breakEvenPrice(p.direction, p.avgPx, f),
        p.pnl,
        p.fee,
        p.fundingFee,
        p.liqPenalty,
        p.realizedPnl(),
        p.lastTradeId,
        p.cTime,
        p.uTime);
  }

  BalanceSnapshot balance(Account account) {
    BigDecimal margin = BigDecimal.ZERO;
    BigDecimal upl = BigDecimal.ZERO;
    for (Position p : account.positions.values()) {
      margin = margin.add(p.margin);
      upl = upl.add(MarginMath.upl(p.instrument, p.direction, p.size, p.avgPx, mark(p)));
    }
    BigDecimal frozen = account.ordFrozen();
    BigDecimal isoEq = margin.add(upl);
    return new BalanceSnapshot(
        account.cash,
        account.cash.subtract(frozen),
        frozen,
        isoEq,
        upl,
        isoEq.add(frozen),
        account.cash.add(isoEq),
        account.funding,
        account.uTime);
  }

  List<PositionSnapshot> positions(Account account) {
    return account.positions.values().stream().map(p -> position(account, p)).toList();
  }

  /** The tier for {@code n} contracts, or the last tier when {@code n} is beyond the table. */
  static Tier tier(Instrument inst, BigDecimal n) {
    return inst.tierFor(n).orElse(inst.tiers().get(inst.tiers().size() - 1));
  }

  /** Contracts of {@code p} already promised to pending closing (or reduce-only) orders. */
  static BigDecimal pendingClose(Account account, Position p) {
    return account.pendingOn(p.instrument.instId()).stream()
        .filter(o -> closes(o, p))
        .map(Order::remaining)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static boolean closes(Order o, Position p) {
    if (p.posSide == PosSide.NET) {
      return o.posSide == PosSide.NET && o.side != p.direction.openingSide() && o.reduceOnly;
    }
    return o.posSide == p.posSide && o.closesHedgePosition();
  }

  private BigDecimal mark(Position p) {
    return ctx.prices.mark(p.instrument.instId());
  }
}
