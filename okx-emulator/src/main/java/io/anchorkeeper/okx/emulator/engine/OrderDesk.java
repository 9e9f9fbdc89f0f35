package io.anchorkeeper.okx.emulator.engine;

import io.anchorkeeper.okx.emulator.instrument.Instrument;
import java.util.List;
import java.util.Optional;

/** Cancels orders and closes whole positions. Call under the account lock. */
final class OrderDesk {

  private final EngineContext ctx;
  private final Execution execution;
  private final OrderEntry entry;

  OrderDesk(EngineContext ctx, Execution execution, OrderEntry entry) {
    this.ctx = ctx;
    this.execution = execution;
    this.entry = entry;
  }

  OrderAck cancel(Account account, String instId, String ordId, String clOrdId) {
    ctx.instrument(instId);
    Order order = pending(account, instId, ordId, clOrdId).orElseThrow(Errors::cancelFailed);
    execution.cancel(account, order, CancelSource.USER);
    return new OrderAck(order.ordId, order.clOrdId, "", ctx.now(), "0", "");
  }

  /**
   * Closes a whole position at market. Pending orders that close it make this fail with 51112
   * unless {@code autoCxl}, which cancels them first.
   */
  OrderAck closePosition(
      Account account,
      String instId,
      PosSide posSide,
      boolean autoCxl,
      String clOrdId,
      String tag) {
    Instrument inst = ctx.instrument(instId);
    if ((account.posMode == PosMode.LONG_SHORT) == (posSide == PosSide.NET)) {
      throw Errors.param("posSide");
    }
    Position p =
        account
            .position(instId, posSide)
            .orElseThrow(() -> new OkxError("51023", "Position does not exist"));
    List<Order> closing =
        account.pendingOn(instId).stream()
            .filter(o -> o.posSide == posSide && o.side != p.direction.openingSide())
            .toList();
    if (!closing.isEmpty()) {
      if (!autoCxl) {
        throw Errors.closeOverAvailable();
      }
      closing.forEach(o -> execution.cancel(account, o, CancelSource.USER));
    }
    Side side = p.direction.openingSide().opposite();
    OrderRequest request =
        new OrderRequest(
            inst.instId(),
            side,
            posSide,
            OrdType.MARKET,
            p.size,
            null,
            clOrdId,
            tag,
            posSide == PosSide.NET);
    return entry.place(account, request, false);
  }

  /** A pending order by ordId (which wins when both are given) or clOrdId. */
  static Optional<Order> pending(Account account, String instId, String ordId, String clOrdId) {
    return account.pendingOn(instId).stream()
        .filter(
            o ->
                ordId != null && !ordId.isEmpty()
                    ? o.ordId.equals(ordId)
                    : o.clOrdId.equals(clOrdId))
        .findFirst();
  }
}
