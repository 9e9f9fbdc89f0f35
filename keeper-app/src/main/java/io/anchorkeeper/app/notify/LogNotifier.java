package io.anchorkeeper.app.notify;

import io.anchorkeeper.app.notify.format.MessageFormatter;
import io.anchorkeeper.app.notify.format.NotificationFacts;
import io.anchorkeeper.core.notify.Notification;
import io.anchorkeeper.core.notify.Notifier;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Writes each notification to the log exactly as Telegram gets it, one entry per notification: INFO
 * for routine ones, WARN for warnings, ERROR for critical alerts and failed procedures. In paper
 * mode without a token this is where the owner's messages can be read.
 */
public final class LogNotifier implements Notifier {

  private static final Logger log = LoggerFactory.getLogger(LogNotifier.class);

  private final MessageFormatter formatter;

  public LogNotifier(MessageFormatter formatter) {
    this.formatter = Objects.requireNonNull(formatter, "formatter must not be null");
  }

  @Override
  public void notify(Notification notification) {
    Level level =
        switch (NotificationFacts.severity(notification)) {
          case INFO, NOTICE -> Level.INFO;
          case WARNING -> Level.WARN;
          case CRITICAL -> Level.ERROR;
        };
    log.atLevel(level)
        .log(
            "Notification {}:\n{}",
            NotificationFacts.kind(notification),
            formatter.render(notification));
  }
}
