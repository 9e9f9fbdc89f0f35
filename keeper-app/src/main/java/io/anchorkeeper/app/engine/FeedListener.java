package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Price;
import java.time.Instant;
import java.util.Optional;

/**
 * What the exchange pushes, in core terms. Calls may come from network threads and must return
 * quickly.
 */
public interface FeedListener {

  void onMarkPrice(InstrumentId instrument, Price mark, Instant at);

  /** A position changed; empty means the slot's position is gone (closed or liquidated). */
  void onPosition(SlotId slot, Optional<PositionSnapshot> position);

  /** The account's connection was (re)established: re-read its state over REST now. */
  void onResync(AccountName account);

  /** A connection dropped; the feed reconnects by itself and calls {@link #onResync} after. */
  void onDisconnected(String connection, String reason);
}
