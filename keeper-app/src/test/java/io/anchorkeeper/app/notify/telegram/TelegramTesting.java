package io.anchorkeeper.app.notify.telegram;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/** Builds the Telegram pieces against a local fake. */
final class TelegramTesting {

  static final long OWNER_CHAT = 4242L;

  private TelegramTesting() {}

  static BotApiClient client(URI baseUrl) {
    return new BotApiClient(
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
        baseUrl,
        BotToken.parse(FakeBotApi.TOKEN),
        Duration.ofSeconds(5));
  }

  static TelegramSender sender(
      BotApiClient client,
      int queueCapacity,
      int maxAttempts,
      Sleeper sleeper,
      TelegramCounters counters) {
    TelegramSender sender =
        new TelegramSender(
            client,
            OWNER_CHAT,
            queueCapacity,
            new RetrySchedule(maxAttempts, Duration.ofSeconds(1), Duration.ofMinutes(1)),
            sleeper,
            counters,
            Duration.ofSeconds(2));
    sender.start();
    return sender;
  }
}
