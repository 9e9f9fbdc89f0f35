package io.anchorkeeper.app.notify.telegram;

import java.util.concurrent.atomic.AtomicLong;

/** The live counters behind {@link TelegramStats}; Micrometer reads them through the getters. */
public final class TelegramCounters {

  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong retried = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong commandsHandled = new AtomicLong();
  private final AtomicLong commandsIgnored = new AtomicLong();

  void sent() {
    sent.incrementAndGet();
  }

  void retried() {
    retried.incrementAndGet();
  }

  void failed() {
    failed.incrementAndGet();
  }

  void dropped() {
    dropped.incrementAndGet();
  }

  void commandHandled() {
    commandsHandled.incrementAndGet();
  }

  void commandIgnored() {
    commandsIgnored.incrementAndGet();
  }

  public TelegramStats snapshot(int queued) {
    return new TelegramStats(
        sent.get(),
        retried.get(),
        failed.get(),
        dropped.get(),
        commandsHandled.get(),
        commandsIgnored.get(),
        queued);
  }
}
