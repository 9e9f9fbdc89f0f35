package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.id.ClientOrderId;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.port.Exchange;
import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.port.MarginChange;
import io.anchorkeeper.core.port.MarginChangeReport;
import io.anchorkeeper.core.port.MarginDirection;
import io.anchorkeeper.core.port.MarketOrder;
import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.port.RejectReason;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Usdt;
import io.anchorkeeper.okx.emulator.engine.Account;
import io.anchorkeeper.okx.emulator.engine.Engine;
import io.anchorkeeper.okx.emulator.engine.OkxError;
import io.anchorkeeper.okx.emulator.engine.OrdType;
import io.anchorkeeper.okx.emulator.engine.OrderAck;
import io.anchorkeeper.okx.emulator.engine.OrderRequest;
import io.anchorkeeper.okx.emulator.engine.OrderSnapshot;
import io.anchorkeeper.okx.emulator.engine.Side;
import io.anchorkeeper.okx.emulator.instrument.Instrument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The core's {@link Exchange} straight on the emulator's engine, in process: no HTTP, no
 * signatures, no rate limits, the emulator's clock. For backtests that drive the engine with a
 * virtual clock; the same contract tests as {@link OkxExchange} hold for it. Accounts are the
 * engine's, by name. A market order is final when the engine answers, so there is nothing to wait
 * for; OKX's refusal codes map to the same reasons as over HTTP ({@link RejectReasons}).
 */
public final class EmulatorEngineExchange implements Exchange {

  private final Engine engine;

  public EmulatorEngineExchange(Engine engine) {
    this.engine = engine;
  }

  @Override
  public InstrumentSpec instrument(InstrumentId instrument) {
    return EngineSnapshots.spec(listed(instrument));
  }

  @Override
  public Price markPrice(InstrumentId instrument) {
    listed(instrument);
    return Price.of(engine.prices().mark(instrument.value()));
  }

  @Override
  public Optional<PositionSnapshot> position(SlotId slot) {
    return positions(slot.account()).stream().filter(p -> p.slot().equals(slot)).findFirst();
  }

  @Override
  public List<PositionSnapshot> positions(AccountName account) {
    return engine.positions(account(account)).stream()
        .map(p -> EngineSnapshots.position(account, p))
        .flatMap(Optional::stream)
        .toList();
  }

  @Override
  public Usdt availableBalance(AccountName account) {
    return Usdt.of(engine.balance(account(account)).availBal());
  }

  @Override
  public Optional<Leverage> leverage(SlotId slot) {
    return engine.leverageInfo(account(slot.account()), listed(slot.instrument()).instId()).stream()
        .filter(s -> s.posSide() == EngineSnapshots.posSide(slot.side()))
        .map(s -> Leverage.of(s.lever()))
        .findFirst();
  }

  @Override
  public boolean hasPendingOrders(SlotId slot) {
    return engine.pendingOrders(account(slot.account())).stream()
        .anyMatch(
            o ->
                o.instId().equals(slot.instrument().value())
                    && o.posSide() == EngineSnapshots.posSide(slot.side()));
  }

  @Override
  public void setLeverage(SlotId slot, Leverage leverage) {
    refusing(
        () ->
            engine.setLeverage(
                account(slot.account()),
                slot.instrument().value(),
                EngineSnapshots.posSide(slot.side()),
                leverage.value()));
  }

  @Override
  public OrderReport placeMarketOrder(MarketOrder order) {
    SlotId slot = order.slot();
    Optional<ExchangeException.Rejected> badSize =
        OrderSizeRules.refusal(instrument(slot.instrument()), order);
    if (badSize.isPresent()) {
      throw badSize.get();
    }
    Account account = account(slot.account());
    boolean buy = HedgeSides.buys(order.direction(), slot.side());
    OrderAck ack =
        engine.placeOrder(
            account,
            new OrderRequest(
                slot.instrument().value(),
                buy ? Side.BUY : Side.SELL,
                EngineSnapshots.posSide(slot.side()),
                OrdType.MARKET,
                order.size().value(),
                null,
                order.clientOrderId().value(),
                "",
                false));
    if (!ack.ok()) {
      throw new ExchangeException.Rejected(
          RejectReasons.of(ack.sCode()), ack.sCode(), "placing " + order + ": " + ack.sMsg());
    }
    OrderSnapshot placed =
        engine.order(account, slot.instrument().value(), ack.ordId(), "").orElseThrow();
    return report(account, order.clientOrderId(), placed);
  }

  @Override
  public Optional<OrderReport> findOrder(SlotId slot, ClientOrderId clientOrderId) {
    Account account = account(slot.account());
    return engine
        .order(account, slot.instrument().value(), "", clientOrderId.value())
        .map(o -> report(account, clientOrderId, o));
  }

  @Override
  public MarginChangeReport adjustMargin(SlotId slot, MarginChange change) {
    io.anchorkeeper.okx.emulator.engine.MarginChange result =
        refusing(
            () ->
                engine.adjustMargin(
                    account(slot.account()),
                    slot.instrument().value(),
                    EngineSnapshots.posSide(slot.side()),
                    change.direction() == MarginDirection.ADD,
                    change.amount().amount()));
    return new MarginChangeReport(
        change,
        Optional.ofNullable(result.leverage())
            .filter(l -> l.compareTo(BigDecimal.ONE) >= 0)
            .map(Leverage::of));
  }

  private OrderReport report(Account account, ClientOrderId id, OrderSnapshot order) {
    int fills =
        (int) engine.fills(account).stream().filter(f -> f.ordId().equals(order.ordId())).count();
    return EngineSnapshots.report(id, order, fills);
  }

  private Instrument listed(InstrumentId instrument) {
    return engine
        .catalogue()
        .find(instrument.value())
        .orElseThrow(
            () ->
                new ExchangeException.Rejected(
                    RejectReason.INVALID_REQUEST,
                    "51001",
                    "the emulator lists no swap " + instrument));
  }

  private Account account(AccountName name) {
    return engine
        .accounts()
        .byName(name.value())
        .orElseThrow(
            () -> new IllegalArgumentException("the emulator has no account named " + name));
  }

  private static <T> T refusing(Supplier<T> call) {
    try {
      return call.get();
    } catch (OkxError e) {
      throw new ExchangeException.Rejected(RejectReasons.of(e.code()), e.code(), e.msg());
    }
  }
}
