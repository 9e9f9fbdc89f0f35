package io.anchorkeeper.okx.emulator.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Read-only views of an account; each takes the account lock and returns snapshots. */
final class Queries {

  private final EngineContext ctx;

  Queries(EngineContext ctx) {
    this.ctx = ctx;
  }

  BalanceSnapshot balance(Account account) {
    return account.locked(() -> ctx.snapshots.balance(account));
  }

  /** Open positions, newest first (OKX lists them in reverse cTime order). */
  List<PositionSnapshot> positions(Account account) {
    return account.locked(
        () -> {
          List<PositionSnapshot> out = new ArrayList<>(ctx.snapshots.positions(account));
          Collections.reverse(out);
          return out;
        });
  }

  /** An order by ordId (wins when both are given) or clOrdId (the latest such order). */
  Optional<OrderSnapshot> order(Account account, String instId, String ordId, String clOrdId) {
    return account.locked(
        () -> {
          Optional<Order> live = OrderDesk.pending(account, instId, ordId, clOrdId);
          if (live.isPresent()) {
            return live.map(Order::snapshot);
          }
          Order found = null;
          for (Order o : account.finished) {
            boolean match =
                ordId != null && !ordId.isEmpty()
                    ? o.ordId.equals(ordId)
                    : o.clOrdId.equals(clOrdId);
            if (match && o.instrument.instId().equals(instId)) {
              found = o;
            }
          }
          return Optional.ofNullable(found).map(Order::snapshot);
        });
  }

  /** Pending orders, newest first. */
  List<OrderSnapshot> pending(Account account) {
    return account.locked(
        () -> newestFirst(account.pending.values().stream().map(Order::snapshot).toList()));
  }

  /** Finished orders (filled or cancelled), newest first. */
  List<OrderSnapshot> finished(Account account) {
    return account.locked(
        () -> newestFirst(account.finished.stream().map(Order::snapshot).toList()));
  }

  /** Fills, newest first. */
  List<Fill> fills(Account account) {
    return account.locked(() -> newestFirst(List.copyOf(account.fills)));
  }

  PosMode posMode(Account account) {
    return account.locked(() -> account.posMode);
  }

  private static <T> List<T> newestFirst(List<T> oldestFirst) {
    List<T> out = new ArrayList<>(oldestFirst);
    Collections.reverse(out);
    return out;
  }
}
