package io.anchorkeeper.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.anchorkeeper.app.notify.format.Language;
import io.anchorkeeper.app.notify.format.MessageFormatter;
import io.anchorkeeper.core.notify.AlertKind;
import io.anchorkeeper.core.notify.Notification;
import io.anchorkeeper.core.notify.Severity;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogNotifierTest {

  private final MessageFormatter formatter =
      new MessageFormatter(Language.ZH, ZoneId.of("Asia/Shanghai"));
  private final LogNotifier notifier = new LogNotifier(formatter);

  @Test
  void writesOneEntryWithExactlyWhatTelegramGets() {
    List<ILoggingEvent> events = logged(NotificationFixtures.superMaintenance());

    assertThat(events).hasSize(1);
    assertThat(events.get(0).getLevel()).isEqualTo(Level.INFO);
    assertThat(events.get(0).getFormattedMessage())
        .isEqualTo(
            "Notification SUPER_MAINTENANCE:\n"
                + formatter.render(NotificationFixtures.superMaintenance()));
  }

  @Test
  void logsAlertsAtTheirSeverity() {
    assertThat(logged(NotificationFixtures.alert(AlertKind.PROFIT_TIER, Severity.NOTICE, "")))
        .extracting(ILoggingEvent::getLevel)
        .containsExactly(Level.INFO);
    assertThat(logged(NotificationFixtures.profitTier()))
        .extracting(ILoggingEvent::getLevel)
        .containsExactly(Level.WARN);
    assertThat(logged(NotificationFixtures.alert(AlertKind.CAP_REACHED, Severity.CRITICAL, "")))
        .extracting(ILoggingEvent::getLevel)
        .containsExactly(Level.ERROR);
    assertThat(logged(NotificationFixtures.failedSuperMaintenance()))
        .extracting(ILoggingEvent::getLevel)
        .containsExactly(Level.ERROR);
  }

  private List<ILoggingEvent> logged(Notification notification) {
    try (LogCapture logs = new LogCapture()) {
      notifier.notify(notification);
      return logs.events().stream()
          .filter(e -> e.getLoggerName().equals(LogNotifier.class.getName()))
          .toList();
    }
  }
}
