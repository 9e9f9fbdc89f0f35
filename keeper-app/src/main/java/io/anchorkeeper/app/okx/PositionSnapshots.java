package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import io.anchorkeeper.okx.client.rest.model.Position;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Maps OKX position rows (REST {@code account/positions} and the {@code positions} channel) to core
 * snapshots. Only isolated hedge-mode rows of swaps count: a row in cross margin, in net mode, or
 * with {@code pos} 0 (a closed position, or margin moved in by hand) is no keeper position.
 */
final class PositionSnapshots {

  private PositionSnapshots() {}

  /** The row's slot when it is an isolated long or short swap row, whatever its size. */
  static Optional<SlotId> slot(AccountName account, Position row) {
    if (!"isolated".equals(row.mgnMode())) {
      return Optional.empty();
    }
    Optional<PositionSide> side = HedgeSides.parse(row.posSide());
    Optional<InstrumentId> instrument = InstrumentIds.parse(row.instId());
    if (side.isEmpty() || instrument.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SlotId(account, instrument.get(), side.get()));
  }

  /**
   * The row as a snapshot; empty when it is no keeper position or holds nothing.
   *
   * @throws IllegalArgumentException when a position row lacks a figure the keeper needs
   */
  static Optional<PositionSnapshot> snapshot(AccountName account, Position row) {
    Optional<SlotId> slot = slot(account, row);
    BigDecimal size = row.pos().orElse(BigDecimal.ZERO);
    if (slot.isEmpty() || size.signum() <= 0) {
      return Optional.empty();
    }
    SlotId id = slot.get();
    Instant opened = required(row.cTime(), id, "cTime");
    return Optional.of(
        new PositionSnapshot(
            id,
            Contracts.of(size),
            Price.of(required(row.avgPx(), id, "avgPx")),
            Price.of(required(row.markPx(), id, "markPx")),
            usdt(row.margin()),
            usdt(row.mmr()),
            usdt(row.upl()),
            Ratio.of(row.uplRatio().orElse(BigDecimal.ZERO)),
            Leverage.of(required(row.lever(), id, "lever")),
            row.liqPx().filter(px -> px.signum() > 0).map(Price::of),
            row.mgnRatio().map(Ratio::of),
            usdt(row.realizedPnl()),
            usdt(row.fee()),
            opened,
            row.uTime().orElse(opened)));
  }

  private static Usdt usdt(Optional<BigDecimal> value) {
    return Usdt.of(value.orElse(BigDecimal.ZERO));
  }

  private static <T> T required(Optional<T> value, SlotId slot, String field) {
    return value.orElseThrow(
        () -> new IllegalArgumentException("OKX's position " + slot + " has no " + field));
  }
}
