package io.anchorkeeper.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.anchorkeeper.app.notify.format.Language;
import io.anchorkeeper.app.notify.format.MessageFormatter;
import io.anchorkeeper.app.notify.telegram.FakeBotApi;
import io.anchorkeeper.app.notify.telegram.TelegramCommandPoller;
import io.anchorkeeper.app.notify.telegram.TelegramNotifier;
import io.anchorkeeper.app.notify.telegram.TelegramSender;
import io.anchorkeeper.core.notify.Notifier;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class NotifyConfigurationTest {

  private static final String SECRET = FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':'));

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(NotifyConfiguration.class);
  private final FakeBotApi telegram;

  NotifyConfigurationTest() throws IOException {
    telegram = new FakeBotApi();
  }

  @AfterEach
  void stop() {
    telegram.close();
  }

  @Test
  void withoutATokenTheFeedAndTheLogShowWhatTelegramWouldGet() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context)
              .doesNotHaveBean(TelegramNotifier.class)
              .doesNotHaveBean(TelegramSender.class)
              .doesNotHaveBean(TelegramCommandPoller.class);
          Notifier notifier = context.getBean(Notifier.class);
          assertThat(notifier).isInstanceOf(CompositeNotifier.class);
          assertThat(((CompositeNotifier) notifier).channels()).containsExactly("dashboard", "log");

          List<String> logged = new ArrayList<>();
          try (LogCapture logs = new LogCapture()) {
            notifier.notify(NotificationFixtures.superMaintenance());
            logs.events().stream()
                .filter(e -> e.getLoggerName().equals(LogNotifier.class.getName()))
                .forEach(e -> logged.add(e.getFormattedMessage()));
          }

          String feedText = context.getBean(DashboardFeed.class).latest(1).get(0).text();
          String telegramText =
              context
                  .getBean(MessageFormatter.class)
                  .render(NotificationFixtures.superMaintenance());
          assertThat(feedText).isEqualTo(telegramText).startsWith("🔧 <b>Anchor super");
          assertThat(logged).containsExactly("Notification SUPER_MAINTENANCE:\n" + telegramText);
        });
  }

  @Test
  void readsTheLanguageZoneAndFeedSize() {
    runner
        .withPropertyValues(
            "keeper.language=zh", "keeper.notify.zone=UTC", "keeper.notify.feed.size=2")
        .run(
            context -> {
              assertThat(context.getBean(MessageFormatter.class).language()).isEqualTo(Language.ZH);
              DashboardFeed feed = context.getBean(DashboardFeed.class);
              assertThat(feed.capacity()).isEqualTo(2);
              context.getBean(Notifier.class).notify(NotificationFixtures.autoOpen());
              assertThat(feed.latest(1).get(0).text())
                  .startsWith("🆕 <b>自动开仓通知</b>")
                  .endsWith("2025-12-31 07:00:00");
            });
  }

  @Test
  void withATokenTelegramGetsTheSameTextAndNothingLogsTheToken() {
    List<String> lines;
    try (LogCapture logs = new LogCapture()) {
      runner
          .withBean(SimpleMeterRegistry.class)
          .withPropertyValues(
              "TELEGRAM_BOT_TOKEN=" + FakeBotApi.TOKEN,
              "TELEGRAM_CHAT_ID=4242",
              "keeper.notify.telegram.base-url=" + telegram.baseUrl(),
              "keeper.notify.telegram.commands.enabled=false")
          .run(
              context -> {
                assertThat(context).hasNotFailed().doesNotHaveBean(TelegramCommandPoller.class);
                assertThat(((CompositeNotifier) context.getBean(Notifier.class)).channels())
                    .containsExactly("dashboard", "log", "telegram");

                context.getBean(Notifier.class).notify(NotificationFixtures.correction());

                TelegramNotifier notifier = context.getBean(TelegramNotifier.class);
                await().atMost(Duration.ofSeconds(5)).until(() -> notifier.stats().sent() == 1);
                assertThat(telegram.sentTexts())
                    .containsExactly(context.getBean(DashboardFeed.class).latest(1).get(0).text());
                assertThat(
                        context
                            .getBean(MeterRegistry.class)
                            .get("keeper.notify.telegram.messages")
                            .tag("outcome", "sent")
                            .functionCounter()
                            .count())
                    .isEqualTo(1.0);
              });
      lines = logs.lines();
    }
    assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(SECRET));
  }

  @Test
  void pollsForTheOwnersCommandsWhenEnabled() {
    runner
        .withPropertyValues(
            "TELEGRAM_BOT_TOKEN=" + FakeBotApi.TOKEN,
            "TELEGRAM_CHAT_ID=4242",
            "keeper.notify.telegram.base-url=" + telegram.baseUrl(),
            "keeper.notify.telegram.commands.poll-timeout=1s")
        .run(
            context -> {
              assertThat(context).hasSingleBean(TelegramCommandPoller.class);
              await().atMost(Duration.ofSeconds(5)).until(() -> !telegram.polls().isEmpty());
              assertThat(telegram.polls().get(0).path("timeout").asLong(0)).isEqualTo(1);
            });
  }

  @Test
  void refusesATokenWithoutAChatIdWithoutRepeatingTheToken() {
    runner
        .withPropertyValues("TELEGRAM_BOT_TOKEN=" + FakeBotApi.TOKEN)
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(causes(context.getStartupFailure()))
                  .anySatisfy(m -> assertThat(m).contains("TELEGRAM_CHAT_ID must be set"))
                  .allSatisfy(m -> assertThat(m).doesNotContain(SECRET));
            });
  }

  @Test
  void refusesInvalidSettingsNamingTheSetting() {
    assertFailsWith(
        "keeper.notify.telegram.queue-size must be between 1 and 100000, was 0",
        "keeper.notify.telegram.queue-size=0");
    assertFailsWith(
        "keeper.notify.telegram.base-url must be an https URL",
        "keeper.notify.telegram.base-url=http://api.telegram.org");
    assertFailsWith(
        "keeper.notify.telegram.max-backoff must be at least initial-backoff",
        "keeper.notify.telegram.initial-backoff=10s",
        "keeper.notify.telegram.max-backoff=1s");
    assertFailsWith("keeper.language", "keeper.language=fr");
  }

  private void assertFailsWith(String message, String... properties) {
    runner
        .withPropertyValues(properties)
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(causes(context.getStartupFailure()))
                  .anySatisfy(m -> assertThat(m).contains(message));
            });
  }

  private static List<String> causes(Throwable failure) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
    }
    return messages;
  }
}
