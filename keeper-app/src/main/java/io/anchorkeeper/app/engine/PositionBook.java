package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Price;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest known position of every slot and mark of every instrument, fed by pushes and replaced
 * by REST reads at every reconciliation. An account counts as synced once its positions were read
 * in full: only then does a missing position mean "no position".
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

  public void put(SlotId slot, Optional<PositionSnapshot> position) {
    if (position.isPresent()) {
      positions.put(slot, position.get());
    } else {
      positions.remove(slot);
    }
  }

  public Optional<PositionSnapshot> position(SlotId slot) {
    return Optional.ofNullable(positions.get(slot));
  }

  /** Replaces everything known of the account by a full read of its positions. */
  public void replaceAccount(AccountName account, Collection<PositionSnapshot> read) {
    positions.keySet().removeIf(slot -> slot.account().equals(account));
    read.forEach(p -> positions.put(p.slot(), p));
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
