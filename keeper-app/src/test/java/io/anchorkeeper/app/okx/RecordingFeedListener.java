package io.anchorkeeper.app.okx;

import io.anchorkeeper.app.engine.FeedListener;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Price;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** Records what the feed tells, in order, and waits for what a test expects. */
final class RecordingFeedListener implements FeedListener {

  record Mark(InstrumentId instrument, Price mark) {}

  record PositionEvent(SlotId slot, Optional<PositionSnapshot> position) {}

  record Resync(AccountName account) {}

  record Disconnect(String connection, String reason) {}

  private final List<Object> events = new CopyOnWriteArrayList<>();

  @Override
  public void onMarkPrice(InstrumentId instrument, Price mark, Instant at) {
    events.add(new Mark(instrument, mark));
  }

  @Override
  public void onPosition(SlotId slot, Optional<PositionSnapshot> position) {
    events.add(new PositionEvent(slot, position));
  }

  @Override
  public void onResync(AccountName account) {
    events.add(new Resync(account));
  }

  @Override
  public void onDisconnected(String connection, String reason) {
    events.add(new Disconnect(connection, reason));
  }

  List<Object> events() {
    return List.copyOf(events);
  }

  <T> List<T> all(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Waits until {@code count} events of {@code type} match. */
  <T> void awaitCount(Class<T> type, Predicate<T> match, int count) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> all(type).stream().filter(match).count() >= count);
  }

  <T> void await(Class<T> type, Predicate<T> match) {
    awaitCount(type, match, 1);
  }
}
