package io.anchorkeeper.okx.emulator.clock;

import java.time.Duration;
import java.util.PriorityQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the emulator's periodic tasks (price steps, periodic pushes, idle checks) on its clock. On a
 * virtual clock tasks run only inside {@link #advance}, in due-time order (ties in registration
 * order), with the clock set to each task's due time, so a run is reproducible. On the system clock
 * one daemon thread polls.
 */
public final class TaskScheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TaskScheduler.class);
  private static final long POLL_MILLIS = 10;

  private final EmulatorClock clock;
  private final PriorityQueue<Task> queue = new PriorityQueue<>();
  private final Object runLock = new Object();
  private long sequence;
  private ScheduledExecutorService driver;

  public TaskScheduler(EmulatorClock clock) {
    this.clock = clock;
  }

  public EmulatorClock clock() {
    return clock;
  }

  /** Runs {@code action} every {@code period}, first one period from now. */
  public void every(Duration period, Runnable action) {
    long periodMillis = Math.max(1, period.toMillis());
    synchronized (queue) {
      queue.add(new Task(clock.millis() + periodMillis, periodMillis, sequence++, action));
    }
  }

  /** Starts the polling thread for the system clock; does nothing for a virtual clock. */
  public void start() {
    if (clock.isVirtual() || driver != null) {
      return;
    }
    driver =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "okx-emulator-scheduler");
              t.setDaemon(true);
              return t;
            });
    driver.scheduleWithFixedDelay(
        () -> runDueUpTo(clock.millis()), POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
  }

  /**
   * Moves a virtual clock forward by {@code amount}, running every task that falls due on the way.
   *
   * @throws IllegalStateException on the system clock
   */
  public long advance(Duration amount) {
    if (!(clock instanceof VirtualClock virtual)) {
      throw new IllegalStateException("the clock is real; only a virtual clock can be advanced");
    }
    if (amount.isNegative()) {
      throw new IllegalArgumentException("cannot move the clock backwards: " + amount);
    }
    synchronized (runLock) {
      long target = clock.millis() + amount.toMillis();
      Task next;
      while ((next = pollDue(target)) != null) {
        virtual.moveTo(next.due);
        runAndReschedule(next);
      }
      virtual.moveTo(target);
      return target;
    }
  }

  private void runDueUpTo(long now) {
    synchronized (runLock) {
      Task next;
      while ((next = pollDue(now)) != null) {
        runAndReschedule(next);
      }
    }
  }

  private Task pollDue(long limit) {
    synchronized (queue) {
      Task head = queue.peek();
      return head != null && head.due <= limit ? queue.poll() : null;
    }
  }

  private void runAndReschedule(Task task) {
    try {
      task.action.run();
    } catch (RuntimeException e) {
      LOG.warn("scheduled task failed", e);
    }
    synchronized (queue) {
      queue.add(new Task(task.due + task.period, task.period, task.seq, task.action));
    }
  }

  @Override
  public void close() {
    if (driver != null) {
      driver.shutdownNow();
    }
  }

  private record Task(long due, long period, long seq, Runnable action)
      implements Comparable<Task> {
    @Override
    public int compareTo(Task other) {
      int byDue = Long.compare(due, other.due);
      return byDue != 0 ? byDue : Long.compare(seq, other.seq);
    }
  }
}
