package io.anchorkeeper.app.okx;

import io.anchorkeeper.app.engine.FeedListener;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.okx.client.rest.model.Position;
import io.anchorkeeper.okx.client.ws.push.PositionsPush;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One account's {@code positions} pushes as feed calls. A row with {@code pos} 0 is a position
 * gone; a snapshot (possibly over several pages, {@code curPage}..{@code lastPage}) lists every
 * open position, so a slot held before and missing from it is gone too. Rows that are no keeper
 * position (cross, net mode) are ignored.
 */
final class PositionPushes implements AccountStreamListener {

  private static final Logger LOG = LoggerFactory.getLogger(PositionPushes.class);

  private final AccountName account;
  private final FeedListener listener;
  private final Set<SlotId> held = new HashSet<>();
  private Set<SlotId> inSnapshot = new HashSet<>();

  PositionPushes(AccountName account, FeedListener listener) {
    this.account = account;
    this.listener = listener;
  }

  @Override
  public synchronized void onPositions(PositionsPush push) {
    boolean snapshot = "snapshot".equals(push.eventType());
    if (snapshot && push.curPage().orElse(1) <= 1) {
      inSnapshot = new HashSet<>();
    }
    for (Position row : push.data()) {
      Optional<SlotId> slot = PositionSnapshots.slot(account, row);
      if (slot.isEmpty()) {
        continue;
      }
      Optional<PositionSnapshot> position;
      try {
        position = PositionSnapshots.snapshot(account, row);
      } catch (IllegalArgumentException e) {
        LOG.warn("Ignoring an unreadable position push of {}: {}", slot.get(), e.getMessage());
        continue;
      }
      if (position.isPresent()) {
        held.add(slot.get());
        if (snapshot) {
          inSnapshot.add(slot.get());
        }
      } else {
        held.remove(slot.get());
      }
      tell(slot.get(), position);
    }
    if (snapshot && push.lastPage().orElse(true)) {
      for (SlotId gone : Set.copyOf(held)) {
        if (!inSnapshot.contains(gone)) {
          held.remove(gone);
          tell(gone, Optional.empty());
        }
      }
    }
  }

  @Override
  public void onResync() {
    try {
      listener.onResync(account);
    } catch (RuntimeException e) {
      LOG.warn("The feed listener failed on the resync of {}", account, e);
    }
  }

  @Override
  public void onDisconnected(String reason) {
    try {
      listener.onDisconnected("okx-private-" + account, reason);
    } catch (RuntimeException e) {
      LOG.warn("The feed listener failed on the disconnect of {}", account, e);
    }
  }

  private void tell(SlotId slot, Optional<PositionSnapshot> position) {
    try {
      listener.onPosition(slot, position);
    } catch (RuntimeException e) {
      LOG.warn("The feed listener failed on a position of {}", slot, e);
    }
  }
}
