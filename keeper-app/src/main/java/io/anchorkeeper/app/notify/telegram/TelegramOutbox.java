package io.anchorkeeper.app.notify.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded first-in-first-out queue that never blocks the producer. When it is full, the oldest
 * non-critical message makes room; when every queued message is critical, a new non-critical one is
 * turned away, and a new critical one replaces the oldest critical one.
 */
final class TelegramOutbox {

  private final int capacity;
  private final Deque<OutgoingMessage> queue = new ArrayDeque<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notEmpty = lock.newCondition();
  private boolean closed;

  TelegramOutbox(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
  }

  /** Adds {@code message}; returns the message dropped to make room, if one was. */
  Optional<OutgoingMessage> add(OutgoingMessage message) {
    lock.lock();
    try {
      Optional<OutgoingMessage> dropped = Optional.empty();
      if (queue.size() >= capacity) {
        dropped = removeOldestNonCritical();
        if (dropped.isEmpty()) {
          if (!message.critical()) {
            return Optional.of(message);
          }
          dropped = Optional.of(queue.removeFirst());
        }
      }
      queue.addLast(message);
      notEmpty.signal();
      return dropped;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The oldest message, waiting up to {@code timeout} for one; empty at once when the queue is
   * empty and closed.
   */
  Optional<OutgoingMessage> take(Duration timeout) throws InterruptedException {
    long nanos = timeout.toNanos();
    lock.lockInterruptibly();
    try {
      while (queue.isEmpty()) {
        if (nanos <= 0 || closed) {
          return Optional.empty();
        }
        nanos = notEmpty.awaitNanos(nanos);
      }
      return Optional.of(queue.removeFirst());
    } finally {
      lock.unlock();
    }
  }

  /** Wakes a waiting {@link #take}; the messages already queued can still be taken. */
  void close() {
    lock.lock();
    try {
      closed = true;
      notEmpty.signalAll();
    } finally {
      lock.unlock();
    }
  }

  int size() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  private Optional<OutgoingMessage> removeOldestNonCritical() {
    Iterator<OutgoingMessage> oldestFirst = queue.iterator();
    while (oldestFirst.hasNext()) {
      OutgoingMessage queued = oldestFirst.next();
      if (!queued.critical()) {
        oldestFirst.remove();
        return Optional.of(queued);
      }
    }
    return Optional.empty();
  }
}
