package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.journal.Journal;
import io.anchorkeeper.core.journal.JournalEvent;
import io.anchorkeeper.core.record.ProcedureReport;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A journal that stops the process at its n-th write: the write is lost (crash before keeping it)
 * or kept (crash right after). With {@code n} of 0 it never crashes and only counts.
 */
final class CrashingJournal implements Journal {

  /** What a crash throws; nothing catches it on purpose. */
  static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Crash(String message) {
      super(message);
    }
  }

  private final Journal delegate;
  private final int crashAt;
  private final boolean beforeKeeping;
  private final AtomicInteger writes = new AtomicInteger();
  final CountDownLatch crashed = new CountDownLatch(1);

  CrashingJournal(Journal delegate, int crashAt, boolean beforeKeeping) {
    this.delegate = delegate;
    this.crashAt = crashAt;
    this.beforeKeeping = beforeKeeping;
  }

  @Override
  public void append(ProcedureId procedure, JournalEvent event) {
    write(() -> delegate.append(procedure, event));
  }

  @Override
  public void finish(ProcedureReport report) {
    write(() -> delegate.finish(report));
  }

  private void write(Runnable keep) {
    int n = writes.incrementAndGet();
    if (n == crashAt && beforeKeeping) {
      crashed.countDown();
      throw new Crash("crashed before write " + n);
    }
    keep.run();
    if (n == crashAt) {
      crashed.countDown();
      throw new Crash("crashed after write " + n);
    }
  }

  int writes() {
    return writes.get();
  }
}
