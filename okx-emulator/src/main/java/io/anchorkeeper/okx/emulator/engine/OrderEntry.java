package io.anchorkeeper.okx.emulator.engine;

import io.anchorkeeper.okx.emulator.instrument.Instrument;
import io.anchorkeeper.okx.emulator.instrument.Tier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Places orders: checks them in OKX's order (instrument, size rules, position side, clOrdId, the
 * position to close, tier and margin), then creates the order and either executes it at once
 * (market types and marketable prices, as taker) or lets it rest (as maker later). Call under the
 * account lock.
 */
final class OrderEntry {

  private final EngineContext ctx;
  private final Execution execution;

  /** How much of a new order closes and how much opens. */
  private record Plan(BigDecimal closeSz, BigDecimal openSz) {}

  OrderEntry(EngineContext ctx, Execution execution) {
    this.ctx = ctx;
    this.execution = execution;
  }

  OrderAck place(Account account, OrderRequest request, boolean enforceMaxMarketSize) {
    Instrument inst = ctx.instrument(request.instId());
    checkSize(inst, request, enforceMaxMarketSize);
    checkPosSide(account, request);
    if (!request.clOrdId().isEmpty() && account.pendingByClOrdId(request.clOrdId()).isPresent()) {
      throw Errors.duplicateClOrdId();
    }
    Plan plan = plan(account, inst, request);
    BigDecimal takerPx = ctx.takerPrice(inst, request.side());
    boolean marketable = request.ordType().isMarket() || crosses(request, takerPx);
    BigDecimal estimatePx = marketable ? takerPx : request.px();
    BigDecimal lever = account.lever(inst, request.posSide(), ctx.settings().defaultLeverage());
    BigDecimal reserve = BigDecimal.ZERO;
    if (plan.openSz().signum() > 0) {
      checkTier(account, inst, request, plan.openSz(), lever);
      reserve =
          MarginMath.initialMargin(inst, plan.openSz(), estimatePx, lever)
              .add(MarginMath.fee(inst, plan.openSz(), estimatePx, ctx.settings().takerRate()));
      if (reserve.compareTo(account.availBal()) > 0) {
        throw Errors.insufficientMargin();
      }
    }
    Order order = new Order(request, inst, ctx.ids.ordId(), lever, "normal", ctx.now());
    account.pending.put(order.ordId, order);
    ctx.expose(account, inst.instId());
    ctx.publishOrder(account, order, Optional.empty());
    execute(account, order, marketable, takerPx, reserve);
    return new OrderAck(order.ordId, order.clOrdId, order.tag, ctx.now(), "0", "Order placed");
  }

  private void execute(
      Account account, Order order, boolean marketable, BigDecimal takerPx, BigDecimal reserve) {
    OrdType type = order.ordType;
    if (type == OrdType.POST_ONLY && marketable) {
      execution.cancel(account, order, CancelSource.POST_ONLY_WOULD_TAKE);
    } else if (marketable) {
      BigDecimal size = type.isMarket() ? marketFillSize(account, order) : order.sz;
      execution.fill(account, order, size, takerPx, Liquidity.TAKER);
      if (order.state.isPending()) {
        execution.cancel(account, order, CancelSource.UNFILLED_REST);
      }
    } else if (type.isImmediate()) {
      execution.cancel(account, order, CancelSource.UNFILLED_REST);
    } else {
      order.frozenMargin = reserve;
      ctx.publishAccount(account, null, List.of(), List.of());
    }
  }

  /** The whole size, or with the configured probability a seeded part of it (at least one lot). */
  private BigDecimal marketFillSize(Account account, Order order) {
    double p = ctx.settings().partialFillProbability();
    if (p == 0 || account.fillRandom.nextDouble() >= p) {
      return order.sz;
    }
    BigDecimal fraction = BigDecimal.valueOf(0.2 + 0.7 * account.fillRandom.nextDouble());
    BigDecimal part = order.instrument.roundDownToLot(order.sz.multiply(fraction));
    return part.max(order.instrument.lotSz()).min(order.sz);
  }

  private static boolean crosses(OrderRequest request, BigDecimal takerPx) {
    return request.side() == Side.BUY
        ? request.px().compareTo(takerPx) >= 0
        : request.px().compareTo(takerPx) <= 0;
  }

  private static void checkSize(Instrument inst, OrderRequest r, boolean enforceMaxMarketSize) {
    if (r.sz().compareTo(inst.minSz()) < 0) {
      throw Errors.belowMinSz();
    }
    if (!inst.isLotMultiple(r.sz())) {
      throw Errors.notLotMultiple();
    }
    if (r.ordType().isMarket() && enforceMaxMarketSize && r.sz().compareTo(inst.maxMktSz()) > 0) {
      throw Errors.overMaxMarketSize();
    }
    if (r.ordType().hasPrice() && r.sz().compareTo(inst.maxLmtSz()) > 0) {
      throw Errors.overMaxLimitSize();
    }
    if (r.ordType().hasPrice() && (r.px().signum() <= 0 || !inst.isTickMultiple(r.px()))) {
      throw Errors.param("px");
    }
  }

  private static void checkPosSide(Account account, OrderRequest r) {
    boolean hedge = account.posMode == PosMode.LONG_SHORT;
    if (hedge == (r.posSide() == PosSide.NET)) {
      throw Errors.param("posSide");
    }
  }

  private Plan plan(Account account, Instrument inst, OrderRequest r) {
    Optional<Position> current = account.position(inst.instId(), r.posSide());
    if (r.posSide() != PosSide.NET) {
      boolean closing = (r.posSide() == PosSide.LONG) == (r.side() == Side.SELL);
      if (!closing) {
        return new Plan(BigDecimal.ZERO, r.sz());
      }
      Position p = current.orElseThrow(Errors::noPositionToClose);
      checkClosable(account, p, r.sz());
      return new Plan(r.sz(), BigDecimal.ZERO);
    }
    boolean reduces = current.isPresent() && current.get().direction != Direction.of(r.side());
    if (r.reduceOnly()) {
      if (current.isEmpty()) {
        throw Errors.noPositionToClose();
      }
      if (!reduces) {
        throw Errors.reduceOnlySameDirection();
      }
      checkClosable(account, current.get(), r.sz());
    }
    BigDecimal closeSz = reduces ? r.sz().min(current.get().size) : BigDecimal.ZERO;
    return new Plan(closeSz, r.sz().subtract(closeSz));
  }

  private static void checkClosable(Account account, Position p, BigDecimal sz) {
    if (sz.compareTo(p.size.subtract(Snapshots.pendingClose(account, p))) > 0) {
      throw Errors.closeOverAvailable();
    }
  }

  /**
   * The position after this order and the pending ones on its side must fit a tier at this
   * leverage.
   */
  private static void checkTier(
      Account account, Instrument inst, OrderRequest r, BigDecimal openSz, BigDecimal lever) {
    BigDecimal total = openSz;
    Optional<Position> current = account.position(inst.instId(), r.posSide());
    if (current.isPresent() && current.get().direction == Direction.of(r.side())) {
      total = total.add(current.get().size);
    }
    for (Order o : account.pendingOn(inst.instId())) {
      if (o.posSide == r.posSide() && o.side == r.side() && !o.reduceOnly) {
        total = total.add(o.remaining());
      }
    }
    Optional<Tier> tier = inst.tierFor(total);
    if (tier.isEmpty() || lever.compareTo(tier.get().maxLever()) > 0) {
      throw Errors.overTier();
    }
  }
}
