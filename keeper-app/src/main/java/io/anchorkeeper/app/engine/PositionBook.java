package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Price;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest known position of every slot and mark of every instrument, fed by pushes and replaced
 * by REST reads at every reconciliation; a snapshot older than the one held never replaces it. An
 * account counts as synced once its positions were read in full: only then does a missing position
 * mean "no position".
 */
public final class PositionBook {

  private final Map<SlotId, PositionSnapshot> positions = new ConcurrentHashMap<>();
  private final Map<InstrumentId, Mark> marks = new ConcurrentHashMap<>();
  private final Set<AccountName> synced = ConcurrentHashMap.newKeySet();

  /** A mark price and when it was seen. */
  public record Mark(Price price, Instant at) {}

  public void putMark(InstrumentId instrument, Price mark, Instant at) {
    marks.put(instrument, new Mark(mark, at));
  }

  public Optional<Mark> mark(InstrumentId instrument) {
    return Optional.ofNullable(marks.get(instrument));
  }

  /**
   * Records what a push or a read says of the slot. A snapshot older than the one held (by OKX's
   * {@code uTime}) is stale — a push that was on its way while a newer read came back — and is
   * ignored; one of the same age replaces it (it carries the newer mark and PnL).
   */
  public void put(SlotId slot, Optional<PositionSnapshot> position) {
    if (position.isPresent()) {
      positions.merge(slot, position.get(), PositionBook::newer);
    } else {
      positions.remove(slot);
    }
  }

  private static PositionSnapshot newer(PositionSnapshot held, PositionSnapshot fresh) {
    return fresh.updatedAt().isBefore(held.updatedAt()) ? held : fresh;
  }

  public Optional<PositionSnapshot> position(SlotId slot) {
    return Optional.ofNullable(positions.get(slot));
  }

  /** Replaces everything known of the account by a full read of its positions. */
  public void replaceAccount(AccountName account, Collection<PositionSnapshot> read) {
    Set<SlotId> present = new HashSet<>();
    read.forEach(p -> present.add(p.slot()));
    positions.keySet().removeIf(slot -> slot.account().equals(account) && !present.contains(slot));
    read.forEach(p -> positions.merge(p.slot(), p, PositionBook::newer));
    read.forEach(p -> putMarkIfNewer(p.instrument(), p.markPrice(), p.updatedAt()));
    synced.add(account);
  }

  private void putMarkIfNewer(InstrumentId instrument, Price mark, Instant at) {
    marks.merge(
        instrument, new Mark(mark, at), (old, fresh) -> fresh.at().isAfter(old.at()) ? fresh : old);
  }

  public boolean isSynced(AccountName account) {
    return synced.contains(account);
  }

  /** Forgets that the account was read in full, e.g. while its connection is down. */
  public void unsync(AccountName account) {
    synced.remove(account);
  }
}
