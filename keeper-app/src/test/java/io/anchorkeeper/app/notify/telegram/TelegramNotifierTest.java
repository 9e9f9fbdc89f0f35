package io.anchorkeeper.app.notify.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import io.anchorkeeper.app.notify.NotificationFixtures;
import io.anchorkeeper.app.notify.format.Language;
import io.anchorkeeper.app.notify.format.MessageFormatter;
import io.anchorkeeper.app.notify.format.MessageSplitter;
import io.anchorkeeper.core.notify.AlertKind;
import io.anchorkeeper.core.notify.Severity;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TelegramNotifierTest {

  private final FakeBotApi telegram;
  private final TelegramSender sender;
  private final MessageFormatter formatter =
      new MessageFormatter(Language.ZH, ZoneId.of("Asia/Shanghai"));

  TelegramNotifierTest() throws IOException {
    telegram = new FakeBotApi();
    sender =
        TelegramTesting.sender(
            TelegramTesting.client(telegram.baseUrl()),
            10,
            3,
            new RecordingSleeper(),
            new TelegramCounters());
  }

  @AfterEach
  void stop() {
    sender.close();
    telegram.close();
  }

  @Test
  void sendsTheRenderedMessageAsItIs() {
    TelegramNotifier notifier =
        new TelegramNotifier(formatter, MessageSplitter.forTelegram(4), sender);

    notifier.notify(NotificationFixtures.superMaintenance());

    await().atMost(Duration.ofSeconds(5)).until(() -> notifier.stats().sent() == 1);
    assertThat(telegram.sentTexts())
        .containsExactly(formatter.render(NotificationFixtures.superMaintenance()));
  }

  @Test
  void sendsALongMessageInSeveralParts() {
    TelegramNotifier notifier =
        new TelegramNotifier(formatter, new MessageSplitter(400, 10), sender);

    notifier.notify(NotificationFixtures.superMaintenance());

    await().atMost(Duration.ofSeconds(5)).until(() -> notifier.stats().sent() >= 3);
    assertThat(String.join("\n", telegram.sentTexts()).replace("\n\n", "\n"))
        .isEqualTo(formatter.render(NotificationFixtures.superMaintenance()).replace("\n\n", "\n"));
  }

  @Test
  void neverThrowsEvenWhenTheSenderIsClosed() {
    TelegramNotifier notifier =
        new TelegramNotifier(formatter, MessageSplitter.forTelegram(4), sender);
    sender.close();

    assertThatCode(
            () ->
                notifier.notify(
                    NotificationFixtures.alert(AlertKind.CAP_REACHED, Severity.CRITICAL, "")))
        .doesNotThrowAnyException();
    assertThat(notifier.stats().dropped()).isEqualTo(1);
  }
}
