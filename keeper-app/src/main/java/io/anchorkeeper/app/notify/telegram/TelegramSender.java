package io.anchorkeeper.app.notify.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers queued messages to the owner's chat on one thread, in order. {@link #submit} only queues
 * and returns at once. A part that fails with a 429, a 5xx or an I/O error is tried again after a
 * backoff (or after Telegram's {@code retry_after}), up to the schedule's attempts; then it is
 * given up and counted, and the next part goes. Logs name the failure, never the URL.
 */
public final class TelegramSender implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

  /** How long the idle thread waits before checking whether it should stop. */
  private static final Duration IDLE_CHECK = Duration.ofSeconds(1);

  private final BotApiClient api;
  private final long chatId;
  private final TelegramOutbox outbox;
  private final RetrySchedule retry;
  private final Sleeper sleeper;
  private final TelegramCounters counters;
  private final Duration shutdownGrace;
  private final Thread thread;
  private volatile boolean closing;

  public TelegramSender(
      BotApiClient api,
      long chatId,
      int queueCapacity,
      RetrySchedule retry,
      Sleeper sleeper,
      TelegramCounters counters,
      Duration shutdownGrace) {
    this.api = Objects.requireNonNull(api, "api must not be null");
    this.chatId = chatId;
    this.outbox = new TelegramOutbox(queueCapacity);
    this.retry = Objects.requireNonNull(retry, "retry must not be null");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper must not be null");
    this.counters = Objects.requireNonNull(counters, "counters must not be null");
    this.shutdownGrace = Objects.requireNonNull(shutdownGrace, "shutdownGrace must not be null");
    this.thread = new Thread(this::run, "telegram-sender");
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /**
   * Queues one message's parts for delivery. Never blocks and never throws; when the queue is full,
   * something is dropped and counted (see {@link TelegramOutbox}).
   */
  public void submit(List<String> parts, boolean critical) {
    if (parts.isEmpty()) {
      return;
    }
    if (closing) {
      counters.dropped();
      return;
    }
    outbox
        .add(new OutgoingMessage(parts, critical))
        .ifPresent(
            dropped -> {
              counters.dropped();
              log.warn(
                  "Telegram queue full: dropped a {} message",
                  dropped.critical() ? "critical" : "non-critical");
            });
  }

  public TelegramStats stats() {
    return counters.snapshot(outbox.size());
  }

  /** Stops taking messages, lets the thread finish the queue for the grace period, then stops. */
  @Override
  public void close() {
    closing = true;
    outbox.close();
    try {
      thread.join(shutdownGrace.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      thread.interrupt();
      log.warn("Telegram sender stopped with {} message(s) unsent", outbox.size());
    }
  }

  private void run() {
    try {
      while (true) {
        Optional<OutgoingMessage> next = outbox.take(IDLE_CHECK);
        if (next.isEmpty()) {
          if (closing) {
            return;
          }
          continue;
        }
        for (String part : next.get().parts()) {
          deliver(part);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void deliver(String part) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        api.sendMessage(chatId, part);
        counters.sent();
        return;
      } catch (RuntimeException e) {
        counters.failed();
        log.error("Telegram message could not be sent: {}", e.getClass().getName());
        return;
      } catch (BotApiException e) {
        if (!e.retryable() || attempt >= retry.maxAttempts()) {
          counters.failed();
          log.warn("Telegram message given up after {} attempt(s): {}", attempt, e.getMessage());
          return;
        }
        counters.retried();
        Duration wait = e.retryAfter().orElse(retry.backoffAfter(attempt));
        log.info("Telegram attempt {} failed ({}); retrying in {}", attempt, e.getMessage(), wait);
        sleeper.sleep(wait);
      }
    }
  }
}
