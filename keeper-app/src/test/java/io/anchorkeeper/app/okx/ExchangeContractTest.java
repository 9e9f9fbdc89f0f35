package io.anchorkeeper.app.okx;

import static io.anchorkeeper.app.okx.TestEmulators.BTC;
import static io.anchorkeeper.app.okx.TestEmulators.ETH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.anchorkeeper.core.id.ClientOrderId;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.plan.OrderDirection;
import io.anchorkeeper.core.port.Exchange;
import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.port.MarginChange;
import io.anchorkeeper.core.port.MarginChangeReport;
import io.anchorkeeper.core.port.MarketOrder;
import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.port.OrderState;
import io.anchorkeeper.core.port.RejectReason;
import io.anchorkeeper.core.port.SlotState;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.engine.OrdType;
import io.anchorkeeper.okx.emulator.engine.OrderRequest;
import io.anchorkeeper.okx.emulator.engine.PosSide;
import io.anchorkeeper.okx.emulator.engine.Side;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The {@link Exchange} port's contract, run against every adapter (DESIGN habit 9). Each adapter
 * sits on an emulator with the virtual clock and prices held still; every test gets a fresh
 * sub-account with 10,000 USDT. Figures: BTC at 100,000, ctVal 0.01, 10x, taker fee 0.05%.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExchangeContractTest {

  private static final SplittableRandom RANDOM = new SplittableRandom(3);

  private OkxEmulator emulator;
  private Exchange exchange;
  private OkxAccount account;
  private SlotId btcLong;
  private SlotId btcShort;

  /** The adapter under test, on this emulator. */
  protected abstract Exchange connect(OkxEmulator emulator);

  /** Tells the adapter about an account the test just created on the emulator. */
  protected abstract void register(OkxAccount account);

  protected abstract void disconnect();

  @BeforeAll
  void startEmulator() {
    emulator = TestEmulators.virtual();
    exchange = connect(emulator);
  }

  @AfterAll
  void stopEmulator() {
    disconnect();
    emulator.close();
  }

  @BeforeEach
  void freshAccount() {
    emulator.control().setMarkPrice(BTC, new BigDecimal("100000"));
    emulator.control().setMarkPrice(ETH, new BigDecimal("3000"));
    account = TestEmulators.newSub(emulator, "10000");
    register(account);
    btcLong = slot(BTC, "long");
    btcShort = slot(BTC, "short");
  }

  @Test
  void describesTheInstrumentAsListed() {
    InstrumentSpec spec = exchange.instrument(InstrumentId.of(BTC));

    assertThat(spec.ctVal()).isEqualByComparingTo("0.01");
    assertThat(spec.ctMult()).isEqualByComparingTo("1");
    assertThat(spec.lotSz()).isEqualByComparingTo("0.01");
    assertThat(spec.minSz()).isEqualTo(Contracts.of("0.01"));
    assertThat(spec.tickSz()).isEqualByComparingTo("0.1");
    assertThat(spec.maxMktSz()).isEqualTo(Contracts.of(34000));
    assertThat(spec.maxLeverage()).isEqualTo(Leverage.of(100));
    assertThat(spec.tiers().tiers()).hasSizeGreaterThan(1);
    assertThat(spec.tiers().tiers().get(0).minSz()).isEqualTo(Contracts.ZERO);
    assertThat(spec.tiers().maintenanceRate(Contracts.of(1))).isPresent();
  }

  @Test
  void refusesAnUnlistedInstrumentClearly() {
    ExchangeException.Rejected e =
        rejected(() -> exchange.instrument(InstrumentId.of("NOPE-USDT-SWAP")));

    assertThat(e.reason()).isEqualTo(RejectReason.INVALID_REQUEST);
    assertThat(e.getMessage()).contains("NOPE-USDT-SWAP");
  }

  @Test
  void readsTheMarkPrice() {
    emulator.control().setMarkPrice(BTC, new BigDecimal("98765.4"));

    assertThat(exchange.markPrice(InstrumentId.of(BTC))).isEqualTo(Price.of("98765.4"));
  }

  @Test
  void opensALongAtTheMarkAndReportsAPositiveFee() {
    OrderReport report = place(btcLong, OrderDirection.OPEN, "0.5");

    assertThat(report.state()).isEqualTo(OrderState.FILLED);
    assertThat(report.requested()).isEqualTo(Contracts.of("0.5"));
    assertThat(report.filled()).isEqualTo(Contracts.of("0.5"));
    assertThat(report.averagePrice()).contains(Price.of("100000"));
    assertThat(report.fillCount()).isEqualTo(1);
    assertThat(report.feePaid()).isEqualTo(Usdt.of("0.25")); // 0.01·0.5·100000·0.0005
    assertThat(report.realisedPnl()).isEqualTo(Usdt.ZERO);
    assertThat(report.exchangeOrderId()).isNotEmpty();

    PositionSnapshot position = exchange.position(btcLong).orElseThrow();
    assertThat(position.size()).isEqualTo(Contracts.of("0.5"));
    assertThat(position.averagePrice()).isEqualTo(Price.of("100000"));
    assertThat(position.markPrice()).isEqualTo(Price.of("100000"));
    assertThat(position.margin()).isEqualTo(Usdt.of(50)); // 0.01·0.5·100000/10
    assertThat(position.leverage()).isEqualTo(Leverage.of(10));
    assertThat(position.profitRate()).isEqualTo(Ratio.ZERO);
    assertThat(position.maintenanceMargin().isPositive()).isTrue();
    assertThat(position.liquidationPrice().orElseThrow().value())
        .isLessThan(new BigDecimal("100000"));
    assertThat(exchange.position(btcShort)).isEmpty();
  }

  @Test
  void opensAShortBySelling() {
    place(btcShort, OrderDirection.OPEN, "0.3");
    emulator.control().setMarkPrice(BTC, new BigDecimal("99000"));

    PositionSnapshot position = exchange.position(btcShort).orElseThrow();
    assertThat(position.size()).isEqualTo(Contracts.of("0.3"));
    assertThat(position.unrealisedPnl()).isEqualTo(Usdt.of(3)); // 0.01·0.3·(100000 - 99000)
    assertThat(position.liquidationPrice().orElseThrow().value())
        .isGreaterThan(new BigDecimal("100000"));
    assertThat(exchange.position(btcLong)).isEmpty();
  }

  @Test
  void aPartialCloseRealisesItsPnlAndKeepsTheRest() {
    place(btcLong, OrderDirection.OPEN, "1");
    emulator.control().setMarkPrice(BTC, new BigDecimal("101000"));

    OrderReport close = place(btcLong, OrderDirection.CLOSE, "0.4");

    assertThat(close.filled()).isEqualTo(Contracts.of("0.4"));
    assertThat(close.averagePrice()).contains(Price.of("101000"));
    assertThat(close.realisedPnl()).isEqualTo(Usdt.of(4)); // 0.01·0.4·1000
    assertThat(close.feePaid()).isEqualTo(Usdt.of("0.202")); // 0.01·0.4·101000·0.0005
    PositionSnapshot rest = exchange.position(btcLong).orElseThrow();
    assertThat(rest.size()).isEqualTo(Contracts.of("0.6"));
    assertThat(rest.margin()).isEqualTo(Usdt.of(60)); // released pro rata
  }

  @Test
  void aFullCloseLeavesNoPosition() {
    place(btcLong, OrderDirection.OPEN, "0.2");

    OrderReport close = place(btcLong, OrderDirection.CLOSE, "0.2");

    assertThat(close.state()).isEqualTo(OrderState.FILLED);
    assertThat(exchange.position(btcLong)).isEmpty();
    assertThat(exchange.positions(account.name())).isEmpty();
  }

  @Test
  void findsAnOrderItPlacedAndKnowsNothingOfAnotherId() {
    ClientOrderId id = newId();
    OrderReport placed = exchange.placeMarketOrder(order(btcLong, OrderDirection.OPEN, "0.1", id));

    assertThat(exchange.findOrder(btcLong, id)).contains(placed);
    assertThat(exchange.findOrder(btcLong, newId())).isEmpty();
  }

  @Test
  void tradesMoveTheAvailableBalance() {
    assertThat(exchange.availableBalance(account.name())).isEqualTo(Usdt.of(10000));

    place(btcLong, OrderDirection.OPEN, "1");
    // margin 100 and fee 0.5 leave the balance
    assertThat(exchange.availableBalance(account.name())).isEqualTo(Usdt.of("9899.5"));

    place(btcLong, OrderDirection.CLOSE, "1");
    // margin back, a second fee of 0.5
    assertThat(exchange.availableBalance(account.name())).isEqualTo(Usdt.of(9999));
  }

  @Test
  void addsAndReducesIsolatedMargin() {
    place(btcLong, OrderDirection.OPEN, "1");

    MarginChangeReport added = exchange.adjustMargin(btcLong, MarginChange.add(Usdt.of(10)));
    assertThat(added.change()).isEqualTo(MarginChange.add(Usdt.of(10)));
    assertThat(added.effectiveLeverage()).contains(Leverage.of("9.09")); // 1000 / 110
    assertThat(exchange.position(btcLong).orElseThrow().margin()).isEqualTo(Usdt.of(110));

    exchange.adjustMargin(btcLong, MarginChange.reduce(Usdt.of(4)));
    assertThat(exchange.position(btcLong).orElseThrow().margin()).isEqualTo(Usdt.of(106));
    assertThat(exchange.availableBalance(account.name())).isEqualTo(Usdt.of("9893.5"));
  }

  @Test
  void refusesAMarginReductionBeyondWhatTheExchangeAllows() {
    place(btcLong, OrderDirection.OPEN, "1");

    ExchangeException.Rejected e =
        rejected(() -> exchange.adjustMargin(btcLong, MarginChange.reduce(Usdt.of(50))));

    assertThat(e.reason()).isEqualTo(RejectReason.MARGIN_LIMIT_EXCEEDED);
    assertThat(exchange.position(btcLong).orElseThrow().margin()).isEqualTo(Usdt.of(100));
  }

  @Test
  void refusesAnOrderTheBalanceCannotCarry() {
    ExchangeException.Rejected e = rejected(() -> place(btcLong, OrderDirection.OPEN, "101"));

    assertThat(e.reason()).isEqualTo(RejectReason.INSUFFICIENT_MARGIN);
    assertThat(exchange.position(btcLong)).isEmpty();
  }

  @Test
  void refusesSizesTheInstrumentDoesNotAllowWithoutSendingThem() {
    for (String size : List.of("0.001", "0.015", "34000.01")) {
      ClientOrderId id = newId();
      ExchangeException.Rejected e =
          rejected(() -> exchange.placeMarketOrder(order(btcLong, OrderDirection.OPEN, size, id)));

      assertThat(e.reason()).as(size).isEqualTo(RejectReason.INVALID_SIZE);
      assertThat(e.getMessage()).as(size).contains("not sent");
      assertThat(exchange.findOrder(btcLong, id)).as(size).isEmpty();
    }
    assertThat(exchange.position(btcLong)).isEmpty();
  }

  @Test
  void closingASideThatHoldsNothingIsNoPosition() {
    place(btcLong, OrderDirection.OPEN, "0.1");

    ExchangeException.Rejected e = rejected(() -> place(btcShort, OrderDirection.CLOSE, "0.1"));

    assertThat(e.reason()).isEqualTo(RejectReason.NO_POSITION);
  }

  @Test
  void readsAndSetsTheLeverageOfEachSide() {
    assertThat(exchange.leverage(btcLong)).contains(Leverage.of(10));

    exchange.setLeverage(btcLong, Leverage.of(5));

    assertThat(exchange.leverage(btcLong)).contains(Leverage.of(5));
    assertThat(exchange.leverage(btcShort)).contains(Leverage.of(10));
    place(btcLong, OrderDirection.OPEN, "1");
    assertThat(exchange.position(btcLong).orElseThrow().margin()).isEqualTo(Usdt.of(200));
  }

  @Test
  void seesOrdersPendingOnOneSide() {
    assertThat(exchange.hasPendingOrders(btcLong)).isFalse();

    emulator
        .engine()
        .placeOrder(
            emulator.engine().accounts().byName(account.name().value()).orElseThrow(),
            new OrderRequest(
                BTC,
                Side.BUY,
                PosSide.LONG,
                OrdType.LIMIT,
                new BigDecimal("0.1"),
                new BigDecimal("90000"),
                "resting1",
                "",
                false));

    assertThat(exchange.hasPendingOrders(btcLong)).isTrue();
    assertThat(exchange.hasPendingOrders(btcShort)).isFalse();
  }

  @Test
  void readsTheSlotsPositionAndTheAccountsBalanceTogether() {
    SlotState empty = exchange.slotState(btcLong);
    assertThat(empty.position()).isEmpty();
    assertThat(empty.availableBalance()).isEqualTo(Usdt.of(10000));

    place(btcLong, OrderDirection.OPEN, "1");

    SlotState held = exchange.slotState(btcLong);
    assertThat(held.position().orElseThrow().size()).isEqualTo(Contracts.of(1));
    assertThat(held.availableBalance()).isEqualTo(Usdt.of("9899.5"));
  }

  @Test
  void listsEveryOpenPositionOfTheAccountAndNoOtherAccounts() {
    place(btcLong, OrderDirection.OPEN, "0.1");
    place(btcShort, OrderDirection.OPEN, "0.2");
    place(slot(ETH, "long"), OrderDirection.OPEN, "1");
    OkxAccount other = TestEmulators.newSub(emulator, "1000");
    register(other);

    assertThat(exchange.positions(account.name()))
        .extracting(PositionSnapshot::slot)
        .containsExactlyInAnyOrder(btcLong, btcShort, slot(ETH, "long"));
    assertThat(exchange.positions(other.name())).isEmpty();
  }

  private OrderReport place(SlotId slot, OrderDirection direction, String size) {
    return exchange.placeMarketOrder(order(slot, direction, size, newId()));
  }

  private static MarketOrder order(
      SlotId slot, OrderDirection direction, String size, ClientOrderId id) {
    return new MarketOrder(slot, direction, Contracts.of(size), id);
  }

  private SlotId slot(String instrument, String side) {
    return SlotId.of(account.name().value(), instrument, side);
  }

  private static ClientOrderId newId() {
    return ClientOrderId.of(ProcedureId.generate(Clock.systemUTC(), RANDOM), 1, 1);
  }

  private static ExchangeException.Rejected rejected(Runnable call) {
    ExchangeException.Rejected e =
        catchThrowableOfType(ExchangeException.Rejected.class, call::run);
    assertThat(e).as("expected a rejection").isNotNull();
    return e;
  }
}
