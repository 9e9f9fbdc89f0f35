package io.anchorkeeper.app.notify.telegram;

import io.anchorkeeper.app.notify.format.MessageFormatter;
import io.anchorkeeper.app.notify.format.MessageSplitter;
import io.anchorkeeper.app.notify.format.NotificationFacts;
import io.anchorkeeper.core.notify.Notification;
import io.anchorkeeper.core.notify.Notifier;
import io.anchorkeeper.core.notify.Severity;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends notifications to the owner's Telegram chat: renders, splits to Telegram's limit and queues;
 * the {@link TelegramSender} delivers. Returns at once and never throws. Critical notifications
 * (critical alerts, failed procedures) survive a full queue longest.
 */
public final class TelegramNotifier implements Notifier {

  private static final Logger log = LoggerFactory.getLogger(TelegramNotifier.class);

  private final MessageFormatter formatter;
  private final MessageSplitter splitter;
  private final TelegramSender sender;

  public TelegramNotifier(
      MessageFormatter formatter, MessageSplitter splitter, TelegramSender sender) {
    this.formatter = Objects.requireNonNull(formatter, "formatter must not be null");
    this.splitter = Objects.requireNonNull(splitter, "splitter must not be null");
    this.sender = Objects.requireNonNull(sender, "sender must not be null");
  }

  @Override
  public void notify(Notification notification) {
    try {
      boolean critical = NotificationFacts.severity(notification) == Severity.CRITICAL;
      sender.submit(splitter.split(formatter.render(notification)), critical);
    } catch (RuntimeException e) {
      log.error("Could not queue a notification for Telegram: {}", e.getClass().getName());
    }
  }

  public TelegramStats stats() {
    return sender.stats();
  }
}
