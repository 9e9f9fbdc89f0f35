package io.anchorkeeper.bench.scenario;

import io.anchorkeeper.okx.emulator.http.RequestRecord;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One slot taken past its trigger by one price push, and what followed: the keeper's receipt of
 * that push and its first order (its own stamps), the emulator's receipt of that order, and the
 * maintenance's start and end.
 *
 * @param slot the slot
 * @param price the price that took it past its trigger
 * @param pushedNanos just before the driver set that price (the emulator pushes it at once)
 * @param markReceived the keeper's receipt of the push
 * @param orderSent the keeper's first order for the slot's instrument after that
 * @param orderReceived the emulator's receipt of the slot account's first order
 * @param started the maintenance started (keeper)
 * @param finished the maintenance ended (keeper), with its status
 * @param requests every request of the slot's account the emulator received from the push until the
 *     end
 */
public record Trial(
    Layout.Slot slot,
    BigDecimal price,
    long pushedNanos,
    Optional<KeeperEvent> markReceived,
    Optional<KeeperEvent> orderSent,
    Optional<RequestRecord> orderReceived,
    Optional<KeeperEvent> started,
    Optional<KeeperEvent> finished,
    List<RequestRecord> requests,
    Optional<Long> ordersSpanNanos,
    Optional<Long> exchangeWaitNanos) {

  /** Mark push received to first order sent, as the keeper saw it. */
  public Optional<Long> pushToOrderSentNanos() {
    return markReceived.flatMap(m -> orderSent.map(o -> o.nanos() - m.nanos()));
  }

  /**
   * The keeper's own share of the reaction: push received to first order sent, less the time it
   * waited on the exchange's answers to the pre-check's reads in between.
   */
  public Optional<Long> keeperShareNanos() {
    return pushToOrderSentNanos().flatMap(t -> exchangeWaitNanos.map(w -> t - w));
  }

  /** Push to the emulator receiving the first order: the whole reaction. */
  public Optional<Long> reactionNanos() {
    return orderReceived.map(r -> r.receivedNanos() - pushedNanos);
  }

  /** The procedure's wall time, start to end (keeper). */
  public Optional<Long> procedureNanos() {
    return started.flatMap(s -> finished.map(f -> f.nanos() - s.nanos()));
  }

  public boolean missed() {
    return started.isEmpty();
  }

  public boolean completed() {
    return finished.map(f -> "COMPLETED".equals(f.field(2))).orElse(false);
  }

  /** The requests the procedure sent, start to end; none when it did not both start and end. */
  public List<RequestRecord> procedureRequests() {
    if (started.isEmpty() || finished.isEmpty()) {
      return List.of();
    }
    long from = started.get().nanos();
    long to = finished.get().nanos();
    return requests.stream()
        .filter(r -> r.receivedNanos() >= from && r.receivedNanos() <= to)
        .toList();
  }

  /** Waits this long at most for a maintenance to start after its push. */
  static final Duration START_TIMEOUT = Duration.ofSeconds(10);

  /** And this long for it to end. */
  static final Duration END_TIMEOUT = Duration.ofSeconds(60);
}
