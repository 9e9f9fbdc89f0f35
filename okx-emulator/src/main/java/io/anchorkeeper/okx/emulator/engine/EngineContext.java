package io.anchorkeeper.okx.emulator.engine;

import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import io.anchorkeeper.okx.emulator.instrument.Instrument;
import io.anchorkeeper.okx.emulator.instrument.InstrumentCatalogue;
import io.anchorkeeper.okx.emulator.market.PriceBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the engine's parts share: clock, instruments, prices, settings, ids, listeners, and the
 * index of which accounts hold positions or resting orders on each instrument (so a price move
 * visits only those).
 */
final class EngineContext {

  final EmulatorClock clock;
  final InstrumentCatalogue catalogue;
  final PriceBook prices;
  final Ids ids = new Ids();
  final Snapshots snapshots;
  private volatile EngineSettings settings;
  private final List<EngineListener> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, Set<Account>> exposure = new ConcurrentHashMap<>();

  EngineContext(
      EmulatorClock clock,
      InstrumentCatalogue catalogue,
      PriceBook prices,
      EngineSettings settings) {
    this.clock = clock;
    this.catalogue = catalogue;
    this.prices = prices;
    this.settings = settings;
    this.snapshots = new Snapshots(this);
  }

  long now() {
    return clock.millis();
  }

  EngineSettings settings() {
    return settings;
  }

  void settings(EngineSettings newSettings) {
    this.settings = newSettings;
  }

  void addListener(EngineListener listener) {
    listeners.add(listener);
  }

  Instrument instrument(String instId) {
    return catalogue.find(instId).orElseThrow(Errors::instrumentMissing);
  }

  /**
   * The price a taker gets now: mark plus slippage for a buy (rounded up to the tick), minus for a
   * sell (rounded down).
   */
  BigDecimal takerPrice(Instrument inst, Side side) {
    BigDecimal mark = prices.mark(inst.instId());
    BigDecimal slip = settings.slippage();
    return side == Side.BUY
        ? inst.roundToTick(mark.multiply(BigDecimal.ONE.add(slip)), RoundingMode.CEILING)
        : inst.roundToTick(mark.multiply(BigDecimal.ONE.subtract(slip)), RoundingMode.FLOOR);
  }

  void expose(Account account, String instId) {
    exposure.computeIfAbsent(instId, k -> ConcurrentHashMap.newKeySet()).add(account);
  }

  /**
   * Accounts that may hold something on {@code instId}; stale entries are removed by {@link
   * #unexpose}.
   */
  List<Account> exposedTo(String instId) {
    Set<Account> set = exposure.get(instId);
    return set == null ? List.of() : List.copyOf(set);
  }

  /** Drops the account from the instrument's index when nothing of it is left there. */
  void unexposeIfIdle(Account account, String instId) {
    boolean holds =
        account.positions.values().stream().anyMatch(p -> p.instrument.instId().equals(instId))
            || !account.pendingOn(instId).isEmpty();
    Set<Account> set = exposure.get(instId);
    if (!holds && set != null) {
      set.remove(account);
    }
  }

  void publishOrder(Account account, Order order, Optional<Fill> fill) {
    OrderSnapshot snapshot = order.snapshot();
    listeners.forEach(l -> l.orderChanged(account, snapshot, fill));
  }

  /** Publishes positions (snapshotted now) and the balance; {@code eventType} may be null. */
  void publishAccount(
      Account account, String eventType, List<Position> touched, List<Fill> trades) {
    account.uTime = now();
    List<PositionSnapshot> positions =
        touched.stream().map(p -> snapshots.position(account, p)).toList();
    AccountUpdate update =
        new AccountUpdate(eventType, positions, snapshots.balance(account), List.copyOf(trades));
    listeners.forEach(l -> l.accountChanged(account, update));
  }
}
