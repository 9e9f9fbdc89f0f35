package io.anchorkeeper.bench.scenario;

import io.anchorkeeper.okx.emulator.http.RequestRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs trials one at a time: holds the slot's instrument, sets the price that takes the slot to
 * {@link #TRIAL_RATE_FACTOR} of its entry (a profit rate of about -10.5% at 10x), waits for the
 * maintenance to end, then releases the instrument around the new entry.
 */
public final class TrialRunner {

  /** Price over entry that puts a 10x long at about -10.5%: past the -10% trigger. */
  public static final BigDecimal TRIAL_RATE_FACTOR = new BigDecimal("0.9895");

  private final BenchExchange exchange;
  private final KeeperProcess keeper;
  private final PriceMover mover;

  public TrialRunner(BenchExchange exchange, KeeperProcess keeper, PriceMover mover) {
    this.exchange = exchange;
    this.keeper = keeper;
    this.mover = mover;
  }

  /** The price that takes the slot past its trigger from where it is now. */
  public BigDecimal trialPrice(Layout.Slot slot) {
    return exchange
        .position(slot)
        .avgPx()
        .multiply(TRIAL_RATE_FACTOR)
        .setScale(4, RoundingMode.HALF_EVEN);
  }

  public Trial run(Layout.Slot slot) throws InterruptedException {
    BigDecimal price = trialPrice(slot);
    mover.hold(slot.instId());
    int from = keeper.eventCount();
    long pushed = System.nanoTime();
    exchange.setMark(slot.instId(), price);
    Optional<KeeperEvent> started =
        keeper.awaitOptional(from, e -> isProcedure(e, "started", slot), Trial.START_TIMEOUT);
    Optional<KeeperEvent> finished =
        started.isEmpty()
            ? Optional.empty()
            : keeper.awaitOptional(from, e -> isProcedure(e, "finished", slot), Trial.END_TIMEOUT);
    mover.release(slot.instId(), finished.isPresent() ? price : mover.baseline(slot.instId()));
    return collect(slot, price, pushed, from);
  }

  /**
   * Reads the stamps of a trial whose price was pushed at {@code pushed}, the keeper's events from
   * index {@code from} on.
   */
  public Trial collect(Layout.Slot slot, BigDecimal price, long pushed, int from) {
    List<KeeperEvent> events = keeper.events();
    List<KeeperEvent> mine = events.subList(Math.min(from, events.size()), events.size());
    Optional<KeeperEvent> mark =
        mine.stream()
            .filter(e -> e.kind().equals("mark") && e.field(0).equals(slot.instId()))
            .filter(e -> new BigDecimal(e.field(1)).compareTo(price) == 0)
            .filter(e -> e.nanos() >= pushed)
            .findFirst();
    Optional<KeeperEvent> order =
        mine.stream()
            .filter(e -> e.kind().equals("order") && e.field(2).equals(slot.instId()))
            .filter(e -> e.nanos() >= mark.map(KeeperEvent::nanos).orElse(pushed))
            .findFirst();
    Optional<Long> waited =
        mark.flatMap(
            m ->
                order.map(
                    o ->
                        exchangeWait(
                            mine, BenchExchange.caller(slot.account()), m.nanos(), o.nanos())));
    Optional<KeeperEvent> started =
        mine.stream().filter(e -> isProcedure(e, "started", slot)).findFirst();
    Optional<KeeperEvent> finished =
        mine.stream().filter(e -> isProcedure(e, "finished", slot)).findFirst();
    List<RequestRecord> requests =
        exchange.requests(r -> slot.account().equals(r.account()) && r.receivedNanos() >= pushed);
    Optional<RequestRecord> firstOrder =
        requests.stream()
            .filter(r -> r.path().startsWith("/api/v5/trade/") && "POST".equals(r.method()))
            .min(Comparator.comparingLong(RequestRecord::receivedNanos));
    return new Trial(
        slot,
        price,
        pushed,
        mark,
        order,
        firstOrder,
        started,
        finished,
        requests,
        ordersSpan(mine, slot, started, finished),
        waited);
  }

  /**
   * How long, between {@code from} and {@code to}, the caller had at least one request out and was
   * waiting for the exchange's answer (overlapping requests counted once).
   */
  static long exchangeWait(List<KeeperEvent> events, String caller, long from, long to) {
    long waited = 0;
    int open = 0;
    long openedAt = 0;
    for (KeeperEvent e : events) {
      if (e.nanos() < from || e.nanos() > to || !e.field(0).equals(caller)) {
        continue;
      }
      if (e.kind().equals("request")) {
        if (open++ == 0) {
          openedAt = e.nanos();
        }
      } else if (e.kind().equals("response") && open > 0) {
        if (--open == 0) {
          waited += e.nanos() - openedAt;
        }
      }
    }
    return waited;
  }

  /**
   * First order sent to the next request after the last order (the keeper only moves on once that
   * order is confirmed), within the procedure; meaningful when the slot's account is the only one
   * trading, as in the maintenance scenario.
   */
  private static Optional<Long> ordersSpan(
      List<KeeperEvent> events,
      Layout.Slot slot,
      Optional<KeeperEvent> started,
      Optional<KeeperEvent> finished) {
    if (started.isEmpty() || finished.isEmpty()) {
      return Optional.empty();
    }
    long from = started.get().nanos();
    long to = finished.get().nanos();
    List<KeeperEvent> during =
        events.stream().filter(e -> e.nanos() >= from && e.nanos() <= to).toList();
    List<KeeperEvent> orders =
        during.stream()
            .filter(e -> e.kind().equals("order") && e.field(2).equals(slot.instId()))
            .toList();
    if (orders.isEmpty()) {
      return Optional.empty();
    }
    long first = orders.get(0).nanos();
    long last = orders.get(orders.size() - 1).nanos();
    long next =
        during.stream()
            .filter(e -> e.kind().equals("request") && e.nanos() > last)
            .mapToLong(KeeperEvent::nanos)
            .min()
            .orElse(to);
    return Optional.of(next - first);
  }

  static boolean isProcedure(KeeperEvent e, String kind, Layout.Slot slot) {
    return e.kind().equals(kind) && e.field(0).equals(slot.id());
  }

  /** Lets the keeper settle between trials. */
  public static void pause(Duration duration) throws InterruptedException {
    Thread.sleep(duration.toMillis());
  }
}
