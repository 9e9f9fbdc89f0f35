package io.anchorkeeper.okx.emulator.engine;

import io.anchorkeeper.okx.emulator.instrument.Instrument;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A trading account (main or sub) with one USDT trading balance, a funding balance, positions and
 * orders. Every mutable field is guarded by the account's own lock: the engine takes it for each
 * operation, so accounts never wait for each other (transfers take two locks in uid order).
 */
public final class Account {

  /** Finished orders, fills and transfers kept per account (oldest dropped first). */
  static final int HISTORY_LIMIT = 5_000;

  private final String name;
  private final AccountType type;
  private final String uid;
  private final String mainUid;
  private final Credentials credentials;
  private final ReentrantLock lock = new ReentrantLock();

  PosMode posMode = PosMode.LONG_SHORT;

  /** OKX's account mode: 1 spot, 2 futures (the only one that trades isolated swaps), 3, 4. */
  int acctLv = 2;

  BigDecimal cash;
  BigDecimal funding = BigDecimal.ZERO;
  long uTime;
  final Map<String, BigDecimal> leverage = new HashMap<>();
  final Map<String, Position> positions = new LinkedHashMap<>();
  final Map<String, Order> pending = new LinkedHashMap<>();
  final Deque<Order> finished = new ArrayDeque<>();
  final Deque<Fill> fills = new ArrayDeque<>();
  final Deque<Transfer> transfers = new ArrayDeque<>();
  final Random fillRandom;

  /** API key, secret (as typed, used as the HMAC key) and passphrase. */
  public record Credentials(String apiKey, String secretKey, String passphrase) {}

  Account(
      String name,
      AccountType type,
      String uid,
      String mainUid,
      Credentials credentials,
      BigDecimal cash,
      long seed,
      long now) {
    this.name = name;
    this.type = type;
    this.uid = uid;
    this.mainUid = mainUid;
    this.credentials = credentials;
    this.cash = cash;
    this.fillRandom = new Random(seed);
    this.uTime = now;
  }

  public String name() {
    return name;
  }

  public AccountType type() {
    return type;
  }

  public String uid() {
    return uid;
  }

  public String mainUid() {
    return mainUid;
  }

  public Credentials credentials() {
    return credentials;
  }

  /** Runs {@code action} holding this account's lock. */
  public <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  static String key(String instId, PosSide posSide) {
    return instId + '|' + posSide.wire();
  }

  Optional<Position> position(String instId, PosSide posSide) {
    return Optional.ofNullable(positions.get(key(instId, posSide)));
  }

  /**
   * The leverage set for an instrument and side, else the default capped at the instrument's max.
   */
  BigDecimal lever(Instrument instrument, PosSide posSide, BigDecimal defaultLever) {
    BigDecimal set = leverage.get(key(instrument.instId(), posSide));
    return set != null ? set : defaultLever.min(instrument.maxLever());
  }

  Optional<Order> pendingByClOrdId(String clOrdId) {
    return pending.values().stream().filter(o -> o.clOrdId.equals(clOrdId)).findFirst();
  }

  List<Order> pendingOn(String instId) {
    return pending.values().stream().filter(o -> o.instrument.instId().equals(instId)).toList();
  }

  /** Margin reserved by resting opening orders. */
  BigDecimal ordFrozen() {
    return pending.values().stream()
        .map(o -> o.frozenMargin)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Cash not reserved by resting orders: what new positions and transfers may use. */
  BigDecimal availBal() {
    return cash.subtract(ordFrozen());
  }

  void finish(Order order) {
    pending.remove(order.ordId);
    keep(finished, order);
  }

  void record(Fill fill) {
    keep(fills, fill);
  }

  void record(Transfer transfer) {
    keep(transfers, transfer);
  }

  private static <T> void keep(Deque<T> history, T item) {
    history.addLast(item);
    while (history.size() > HISTORY_LIMIT) {
      history.pollFirst();
    }
  }
}
