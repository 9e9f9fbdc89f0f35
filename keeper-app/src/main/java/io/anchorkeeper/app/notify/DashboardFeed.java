package io.anchorkeeper.app.notify;

import io.anchorkeeper.app.notify.format.MessageFormatter;
import io.anchorkeeper.app.notify.format.NotificationFacts;
import io.anchorkeeper.core.notify.Notification;
import io.anchorkeeper.core.notify.Notifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last notifications in memory, rendered as Telegram gets them, for the dashboard: a query for
 * the newest ones and listeners for live updates. Listeners run on the notifying thread, after the
 * entry is stored, and must hand off quickly (a server-sent-event emitter queues its own writes); a
 * listener that throws is logged and kept.
 */
public final class DashboardFeed implements Notifier {

  private static final Logger log = LoggerFactory.getLogger(DashboardFeed.class);

  private final MessageFormatter formatter;
  private final int capacity;
  private final Deque<FeedEntry> entries = new ArrayDeque<>();
  private final List<Consumer<FeedEntry>> listeners = new CopyOnWriteArrayList<>();
  private long lastSequence;

  /**
   * @param capacity how many entries to keep; older ones are forgotten
   */
  public DashboardFeed(MessageFormatter formatter, int capacity) {
    this.formatter = Objects.requireNonNull(formatter, "formatter must not be null");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
  }

  @Override
  public void notify(Notification notification) {
    String text = formatter.render(notification);
    FeedEntry entry;
    synchronized (entries) {
      entry =
          new FeedEntry(
              ++lastSequence,
              notification.at(),
              NotificationFacts.kind(notification),
              NotificationFacts.severity(notification),
              NotificationFacts.slot(notification),
              text);
      entries.addFirst(entry);
      if (entries.size() > capacity) {
        entries.removeLast();
      }
    }
    listeners.forEach(listener -> tell(listener, entry));
  }

  /** Up to {@code limit} entries, newest first. */
  public List<FeedEntry> latest(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    List<FeedEntry> newest = new ArrayList<>(Math.min(limit, capacity));
    synchronized (entries) {
      Iterator<FeedEntry> newestFirst = entries.iterator();
      while (newest.size() < limit && newestFirst.hasNext()) {
        newest.add(newestFirst.next());
      }
    }
    return List.copyOf(newest);
  }

  /** Calls {@code listener} with every new entry until the returned subscription is closed. */
  public Subscription subscribe(Consumer<FeedEntry> listener) {
    Objects.requireNonNull(listener, "listener must not be null");
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  public int capacity() {
    return capacity;
  }

  private static void tell(Consumer<FeedEntry> listener, FeedEntry entry) {
    try {
      listener.accept(entry);
    } catch (RuntimeException e) {
      log.warn("A dashboard feed listener failed: {}", e.getClass().getName());
    }
  }

  /** A listener's registration; closing it stops the calls. */
  @FunctionalInterface
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }
}
