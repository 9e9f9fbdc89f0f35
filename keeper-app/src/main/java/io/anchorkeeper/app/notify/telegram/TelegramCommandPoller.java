package io.anchorkeeper.app.notify.telegram;

import io.anchorkeeper.app.notify.command.CommandHandler;
import io.anchorkeeper.app.notify.format.Html;
import io.anchorkeeper.app.notify.format.MessageSplitter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the owner's commands by long polling {@code getUpdates} on its own thread. Only messages
 * from the configured chat are obeyed; others are ignored and counted. A command older than {@code
 * maxAge} (sent while the keeper was down) is answered but not run. Replies are escaped and go out
 * through the same {@link TelegramSender} as notifications.
 */
public final class TelegramCommandPoller implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TelegramCommandPoller.class);

  private final BotApiClient api;
  private final long ownerChatId;
  private final CommandHandler handler;
  private final TelegramSender replies;
  private final MessageSplitter splitter;
  private final TelegramCounters counters;
  private final Settings settings;
  private final Thread thread;
  private volatile boolean closing;
  private long offset;

  /**
   * @param pollTimeout how long one {@code getUpdates} waits for messages
   * @param maxAge commands older than this are not run
   * @param retry the backoff after a failed poll (its attempts are not limited)
   */
  public record Settings(
      Duration pollTimeout, Duration maxAge, RetrySchedule retry, Sleeper sleeper, Clock clock) {
    public Settings {
      Objects.requireNonNull(pollTimeout, "pollTimeout must not be null");
      Objects.requireNonNull(maxAge, "maxAge must not be null");
      Objects.requireNonNull(retry, "retry must not be null");
      Objects.requireNonNull(sleeper, "sleeper must not be null");
      Objects.requireNonNull(clock, "clock must not be null");
    }
  }

  public TelegramCommandPoller(
      BotApiClient api,
      long ownerChatId,
      CommandHandler handler,
      TelegramSender replies,
      MessageSplitter splitter,
      TelegramCounters counters,
      Settings settings) {
    this.api = Objects.requireNonNull(api, "api must not be null");
    this.ownerChatId = ownerChatId;
    this.handler = Objects.requireNonNull(handler, "handler must not be null");
    this.replies = Objects.requireNonNull(replies, "replies must not be null");
    this.splitter = Objects.requireNonNull(splitter, "splitter must not be null");
    this.counters = Objects.requireNonNull(counters, "counters must not be null");
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    this.thread = new Thread(this::run, "telegram-commands");
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /**
   * One {@code getUpdates} call and the handling of what it returned.
   *
   * @throws BotApiException when the call failed; the offset is unchanged
   */
  public void pollOnce() throws BotApiException, InterruptedException {
    List<TelegramUpdate> updates = api.getUpdates(offset, settings.pollTimeout());
    for (TelegramUpdate update : updates) {
      offset = Math.max(offset, update.updateId() + 1);
      update.message().ifPresent(this::handle);
    }
  }

  @Override
  public void close() {
    closing = true;
    thread.interrupt();
  }

  private void run() {
    int failures = 0;
    while (!closing) {
      try {
        pollOnce();
        failures = 0;
      } catch (BotApiException e) {
        failures++;
        Duration wait =
            e.retryAfter().orElse(settings.retry().backoffAfter(Math.min(failures, 30)));
        log.warn("Telegram getUpdates failed ({}); polling again in {}", e.getMessage(), wait);
        if (!sleep(wait)) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.error("Telegram command handling failed: {}", e.getClass().getName());
      }
    }
  }

  private boolean sleep(Duration wait) {
    try {
      settings.sleeper().sleep(wait);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void handle(IncomingMessage message) {
    if (message.chatId() != ownerChatId) {
      counters.commandIgnored();
      log.warn(
          "Ignored a Telegram message from chat {}, which is not the owner's", message.chatId());
      return;
    }
    if (message.text().isBlank()) {
      return;
    }
    String reply;
    Duration age = Duration.between(message.sentAt(), settings.clock().instant());
    if (age.compareTo(settings.maxAge()) > 0) {
      counters.commandIgnored();
      reply = handler.staleReply(message.text(), message.sentAt(), settings.maxAge());
    } else {
      counters.commandHandled();
      reply = handler.handle(message.text(), "telegram:" + message.sender());
    }
    replies.submit(splitter.split(Html.escape(reply)), false);
  }
}
