package io.anchorkeeper.okx.emulator.engine;

import io.anchorkeeper.okx.emulator.instrument.Instrument;
import java.math.BigDecimal;

/** An order and its fill state. Guarded by the owning account's lock. */
final class Order {

  final String ordId;
  final String clOrdId;
  final String tag;
  final Instrument instrument;
  final Side side;
  final PosSide posSide;
  final OrdType ordType;
  final BigDecimal px;
  final BigDecimal sz;
  final boolean reduceOnly;
  final BigDecimal lever;
  final String category;
  final long cTime;
  OrderState state = OrderState.LIVE;
  BigDecimal accFillSz = BigDecimal.ZERO;
  BigDecimal filledValue = BigDecimal.ZERO;
  BigDecimal fee = BigDecimal.ZERO;
  BigDecimal pnl = BigDecimal.ZERO;
  BigDecimal frozenMargin = BigDecimal.ZERO;
  Fill lastFill;
  String cancelSource = "";
  long uTime;

  Order(
      OrderRequest request,
      Instrument instrument,
      String ordId,
      BigDecimal lever,
      String category,
      long now) {
    this.ordId = ordId;
    this.clOrdId = request.clOrdId();
    this.tag = request.tag();
    this.instrument = instrument;
    this.side = request.side();
    this.posSide = request.posSide();
    this.ordType = request.ordType();
    this.px = request.px();
    this.sz = request.sz();
    this.reduceOnly = request.reduceOnly();
    this.lever = lever;
    this.category = category;
    this.cTime = now;
    this.uTime = now;
  }

  BigDecimal remaining() {
    return sz.subtract(accFillSz);
  }

  /** True in long/short mode when this order closes its side's position (sell long, buy short). */
  boolean closesHedgePosition() {
    return (posSide == PosSide.LONG && side == Side.SELL)
        || (posSide == PosSide.SHORT && side == Side.BUY);
  }

  BigDecimal avgPx() {
    return accFillSz.signum() == 0 ? null : MarginMath.div(filledValue, accFillSz);
  }

  OrderSnapshot snapshot() {
    return new OrderSnapshot(
        ordId,
        clOrdId,
        tag,
        instrument.instId(),
        side,
        posSide,
        ordType,
        px,
        sz,
        reduceOnly,
        lever,
        category,
        state,
        accFillSz,
        avgPx(),
        fee,
        pnl,
        lastFill,
        cancelSource,
        cTime,
        uTime);
  }
}
