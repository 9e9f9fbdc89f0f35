package io.anchorkeeper.okx.emulator.control;

import io.anchorkeeper.okx.emulator.clock.TaskScheduler;
import io.anchorkeeper.okx.emulator.engine.Account;
import io.anchorkeeper.okx.emulator.engine.AccountSpec;
import io.anchorkeeper.okx.emulator.engine.Engine;
import io.anchorkeeper.okx.emulator.engine.EngineSettings;
import io.anchorkeeper.okx.emulator.engine.OrderSnapshot;
import io.anchorkeeper.okx.emulator.fault.FaultInjector;
import io.anchorkeeper.okx.emulator.fault.FaultPlan;
import io.anchorkeeper.okx.emulator.http.RequestLog;
import io.anchorkeeper.okx.emulator.http.RequestRecord;
import io.anchorkeeper.okx.emulator.instrument.Instrument;
import io.anchorkeeper.okx.emulator.market.PriceFeed;
import io.anchorkeeper.okx.emulator.market.PriceSource;
import io.anchorkeeper.okx.emulator.market.Quote;
import io.anchorkeeper.okx.emulator.ratelimit.RateLimiter;
import io.anchorkeeper.okx.emulator.ws.WsHub;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * The control API for in-process use (the same operations are served over HTTP under {@code
 * /emulator/v1/}): accounts, prices, instruments, the virtual clock, fault plans, the request log
 * and engine settings. Not part of OKX.
 */
public final class EmulatorControl {

  private static final int RECENT_ORDERS = 50;

  private final Engine engine;
  private final PriceFeed feed;
  private final TaskScheduler scheduler;
  private final FaultInjector faults;
  private final WsHub hub;
  private final RequestLog log;
  private final RateLimiter limiter;

  public EmulatorControl(
      Engine engine,
      PriceFeed feed,
      TaskScheduler scheduler,
      FaultInjector faults,
      WsHub hub,
      RequestLog log,
      RateLimiter limiter) {
    this.engine = engine;
    this.feed = feed;
    this.scheduler = scheduler;
    this.faults = faults;
    this.hub = hub;
    this.log = log;
    this.limiter = limiter;
  }

  public Engine engine() {
    return engine;
  }

  // Accounts.

  /** Creates an account; throws IllegalArgumentException for a taken name or key. */
  public Account createAccount(AccountSpec spec) {
    return engine.accounts().create(spec);
  }

  /** An account's balances, positions and orders; throws NoSuchElementException when unknown. */
  public AccountReport account(String name) {
    Account a =
        engine
            .accounts()
            .byName(name)
            .orElseThrow(() -> new NoSuchElementException("no account " + name));
    List<OrderSnapshot> finished = engine.finishedOrders(a);
    return new AccountReport(
        a.name(),
        a.type(),
        a.uid(),
        a.mainUid(),
        a.credentials().apiKey(),
        engine.positionMode(a),
        engine.balance(a),
        engine.positions(a),
        engine.pendingOrders(a),
        finished.subList(0, Math.min(RECENT_ORDERS, finished.size())));
  }

  public List<Account> accounts() {
    return engine.accounts().all();
  }

  /**
   * Sets an account's {@code acctLv} (1 spot, 2 futures, 3 multi-currency, 4 portfolio), as the
   * trader would on the website; outside futures mode isolated orders answer 51010. Java only.
   */
  public void setAccountLevel(String name, int acctLv) {
    Account a =
        engine
            .accounts()
            .byName(name)
            .orElseThrow(() -> new NoSuchElementException("no account " + name));
    engine.setAccountLevel(a, acctLv);
  }

  // Prices and instruments.

  /**
   * Sets mark and last price at once (rounded to the tick), then runs resting-order and liquidation
   * checks and pushes to WebSocket subscribers.
   */
  public Quote setMarkPrice(String instId, BigDecimal markPx) {
    Instrument inst = instrument(instId);
    if (markPx == null || markPx.signum() <= 0) {
      throw new IllegalArgumentException("markPx must be positive");
    }
    return engine.prices().setMark(instId, inst.roundToTick(markPx, RoundingMode.HALF_UP));
  }

  public Quote quote(String instId) {
    instrument(instId);
    return engine.prices().quote(instId).orElseThrow();
  }

  /** Replaces an instrument's price source, e.g. {@link PriceSource#fixed()} to hold it still. */
  public void priceSource(String instId, PriceSource source) {
    instrument(instId);
    feed.setSource(instId, source);
  }

  /** Adds (or replaces) an instrument, quoted at its {@code initialPx} and held still. */
  public void addInstrument(Instrument instrument) {
    engine.catalogue().add(instrument);
    feed.list(instrument, PriceSource.fixed(), instrument.initialPx());
  }

  // Clock.

  /** Moves the virtual clock, running price steps and periodic pushes on the way. */
  public Instant advanceClock(Duration amount) {
    return Instant.ofEpochMilli(scheduler.advance(amount));
  }

  public Instant now() {
    return scheduler.clock().instant();
  }

  public boolean isClockVirtual() {
    return scheduler.clock().isVirtual();
  }

  // Faults.

  /** Activates a plan (immediate WS_DROP rules drop matching connections now); returns its id. */
  public String addFaultPlan(FaultPlan plan) {
    String id = faults.add(plan);
    hub.dropMatching();
    return id;
  }

  public boolean removeFaultPlan(String id) {
    return faults.remove(id);
  }

  public void clearFaults() {
    faults.clear();
  }

  public List<FaultInjector.PlanStatus> faultPlans() {
    return faults.status();
  }

  // Request log, settings, limits.

  /** Logged requests matching {@code filter}, oldest first, at most {@code limit} of the newest. */
  public List<RequestRecord> requests(Predicate<RequestRecord> filter, int limit) {
    return log.query(filter, limit);
  }

  public List<RequestRecord> requests() {
    return log.query(r -> true, Integer.MAX_VALUE);
  }

  public void clearRequests() {
    log.clear();
  }

  public EngineSettings settings() {
    return engine.settings();
  }

  public void settings(EngineSettings settings) {
    engine.settings(settings);
  }

  /** Forgets all rate-limit counts. */
  public void resetRateLimits() {
    limiter.reset();
  }

  private Instrument instrument(String instId) {
    return engine
        .catalogue()
        .find(instId)
        .orElseThrow(() -> new IllegalArgumentException("unknown instrument " + instId));
  }
}
