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
import io.anchorkeeper.core.port.SlotState;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Usdt;
import io.anchorkeeper.okx.client.error.OkxException;
import io.anchorkeeper.okx.client.rest.AccountApi;
import io.anchorkeeper.okx.client.rest.OkxRestClient;
import io.anchorkeeper.okx.client.rest.model.BalanceDetail;
import io.anchorkeeper.okx.client.rest.model.HistoryQuery;
import io.anchorkeeper.okx.client.rest.model.MarginBalanceResult;
import io.anchorkeeper.okx.client.rest.model.MgnMode;
import io.anchorkeeper.okx.client.rest.model.Position;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The core's {@link Exchange} over OKX's v5 API for many accounts: each call goes out with the
 * slot's account's own key. OKX's records are mapped to core types here and in the classes this
 * package keeps private; nothing OKX-shaped leaves the package. Orders are confirmed by the
 * account's {@code orders} pushes ({@link OrderPlacement}); errors follow {@link ExchangeErrors}.
 */
public final class OkxExchange implements Exchange {

  private static final String USDT = "USDT";

  private final OkxConnections connections;
  private final OrderPlacement placement;
  private final AccountFitness fitness;

  public OkxExchange(OkxConnections connections) {
    this.connections = connections;
    this.placement = new OrderPlacement(connections);
    this.fitness = new AccountFitness(connections);
  }

  @Override
  public InstrumentSpec instrument(InstrumentId instrument) {
    return connections.instruments().spec(instrument);
  }

  /** The feed's pushed mark when it is fresh (no round trip), else OKX's {@code mark-price}. */
  @Override
  public Price markPrice(InstrumentId instrument) {
    Optional<Price> pushed = connections.marks().fresh(instrument);
    if (pushed.isPresent()) {
      return pushed.get();
    }
    return call(
        "reading the mark price of " + instrument,
        () ->
            connections
                .publicData()
                .markPrice("SWAP", instrument.value())
                .flatMap(mark -> mark.markPx())
                .map(Price::of)
                .orElseThrow(
                    () ->
                        new ExchangeException.Rejected(
                            RejectReason.INVALID_REQUEST,
                            "51001",
                            "OKX has no mark price for " + instrument)));
  }

  @Override
  public Optional<PositionSnapshot> position(SlotId slot) {
    return withAccount(
            slot.account(),
            "reading " + slot,
            rest -> rest.account().positions("SWAP", Optional.of(slot.instrument().value())))
        .stream()
        .map(row -> snapshot(slot.account(), row))
        .flatMap(Optional::stream)
        .filter(p -> p.slot().equals(slot))
        .findFirst();
  }

  @Override
  public List<PositionSnapshot> positions(AccountName account) {
    return withAccount(
            account,
            "reading the positions of " + account,
            rest -> rest.account().positions("SWAP", Optional.empty()))
        .stream()
        .map(row -> snapshot(account, row))
        .flatMap(Optional::stream)
        .toList();
  }

  /** The account's USDT {@code availBal} (or {@code availEq} when OKX leaves it empty). */
  @Override
  public Usdt availableBalance(AccountName account) {
    Optional<BalanceDetail> usdt =
        withAccount(
                account,
                "reading the balance of " + account,
                rest -> rest.account().balance(Optional.of(USDT)))
            .detail(USDT);
    return Usdt.of(usdt.flatMap(d -> d.availBal().or(d::availEq)).orElse(BigDecimal.ZERO));
  }

  /** Reads the position and the balance side by side: one round trip instead of two. */
  @Override
  public SlotState slotState(SlotId slot) {
    CompletableFuture<Optional<PositionSnapshot>> position =
        CompletableFuture.supplyAsync(() -> position(slot), connections.io());
    Usdt balance = availableBalance(slot.account());
    try {
      return new SlotState(position.join(), balance);
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  @Override
  public Optional<Leverage> leverage(SlotId slot) {
    return withAccount(
            slot.account(),
            "reading the leverage of " + slot,
            rest -> rest.account().leverageInfo(slot.instrument().value(), MgnMode.ISOLATED))
        .stream()
        .filter(info -> info.posSide().equals(slot.side().code()))
        .flatMap(info -> info.lever().stream())
        .filter(lever -> lever.compareTo(BigDecimal.ONE) >= 0)
        .map(Leverage::of)
        .findFirst();
  }

  @Override
  public boolean hasPendingOrders(SlotId slot) {
    return withAccount(
            slot.account(),
            "reading the pending orders of " + slot,
            rest ->
                rest.trade()
                    .ordersPending(HistoryQuery.swaps().withInstId(slot.instrument().value())))
        .stream()
        .anyMatch(order -> order.posSide().equals(slot.side().code()));
  }

  @Override
  public void setLeverage(SlotId slot, Leverage leverage) {
    withAccount(
        slot.account(),
        "setting the leverage of " + slot + " to " + leverage,
        rest ->
            rest.account()
                .setLeverage(
                    slot.instrument().value(),
                    leverage.value(),
                    MgnMode.ISOLATED,
                    Optional.of(HedgeSides.posSide(slot.side()))));
  }

  @Override
  public OrderReport placeMarketOrder(MarketOrder order) {
    return placement.place(order);
  }

  /** Asks OKX about the order by client order id; empty only on OKX's 51603 "does not exist". */
  @Override
  public Optional<OrderReport> findOrder(SlotId slot, ClientOrderId clientOrderId) {
    return withAccount(
        slot.account(),
        "looking up order " + clientOrderId.value() + " of " + slot,
        rest ->
            OrderLookup.order(rest, slot.instrument(), clientOrderId)
                .map(
                    order ->
                        OrderLookup.report(
                            rest, clientOrderId, order, OrderLookup.requested(order))));
  }

  @Override
  public MarginChangeReport adjustMargin(SlotId slot, MarginChange change) {
    MarginBalanceResult result =
        withAccount(
            slot.account(),
            change + " on " + slot,
            rest -> marginBalance(rest.account(), slot, change));
    return new MarginChangeReport(
        change, result.leverage().filter(l -> l.compareTo(BigDecimal.ONE) >= 0).map(Leverage::of));
  }

  /**
   * Makes the account fit for the keeper before it trades: futures mode, hedge mode, and the
   * leverage of each slot side. Changes only what differs and only what is safe to change; says
   * what it changed and what is wrong.
   */
  public FitnessReport ensureFit(AccountName account, Collection<LeverageTarget> leverages) {
    return fitness.ensureFit(account, leverages);
  }

  private static MarginBalanceResult marginBalance(
      AccountApi account, SlotId slot, MarginChange change) {
    String instId = slot.instrument().value();
    BigDecimal amount = change.amount().amount();
    return change.direction() == MarginDirection.ADD
        ? account.addMargin(instId, HedgeSides.posSide(slot.side()), amount)
        : account.reduceMargin(instId, HedgeSides.posSide(slot.side()), amount);
  }

  private static Optional<PositionSnapshot> snapshot(AccountName account, Position row) {
    try {
      return PositionSnapshots.snapshot(account, row);
    } catch (IllegalArgumentException e) {
      throw new ExchangeException.Unavailable("unreadable position of " + account, e);
    }
  }

  private <T> T withAccount(AccountName account, String doing, Function<OkxRestClient, T> call) {
    OkxRestClient rest = connections.session(account).rest();
    return call(doing, () -> call.apply(rest));
  }

  private static <T> T call(String doing, Supplier<T> call) {
    try {
      return call.get();
    } catch (OkxException e) {
      throw ExchangeErrors.map(doing, e);
    }
  }
}
