package io.anchorkeeper.app.notify.telegram;

import static io.anchorkeeper.app.notify.telegram.TelegramTesting.OWNER_CHAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TelegramSenderTest {

  private final FakeBotApi telegram;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final TelegramCounters counters = new TelegramCounters();
  private TelegramSender sender;

  TelegramSenderTest() throws IOException {
    telegram = new FakeBotApi();
  }

  @AfterEach
  void stop() {
    telegram.close();
    if (sender != null) {
      sender.close();
    }
  }

  @Test
  void deliversEveryPartInOrderToTheOwnersChatAsHtml() {
    sender =
        TelegramTesting.sender(
            TelegramTesting.client(telegram.baseUrl()), 10, 3, sleeper, counters);

    sender.submit(List.of("first"), false);
    sender.submit(List.of("second, part 1", "second, part 2"), true);
    sender.submit(List.of("third"), false);

    soon().until(() -> sender.stats().sent() == 4);
    assertThat(telegram.sentTexts())
        .containsExactly("first", "second, part 1", "second, part 2", "third");
    assertThat(telegram.sent())
        .allSatisfy(
            body -> {
              assertThat(body.path("chat_id").asLong(0)).isEqualTo(OWNER_CHAT);
              assertThat(body.path("parse_mode").asString("")).isEqualTo("HTML");
            });
    assertThat(sender.stats()).isEqualTo(new TelegramStats(4, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void retriesAfterServerErrorsWithAGrowingBackoff() {
    telegram.replySend(502, "Bad Gateway").replySend(500, "{\"ok\":false}");
    sender =
        TelegramTesting.sender(
            TelegramTesting.client(telegram.baseUrl()), 10, 5, sleeper, counters);

    sender.submit(List.of("after two failures"), false);

    soon().until(() -> sender.stats().sent() == 1);
    assertThat(telegram.sentTexts()).containsExactly("after two failures");
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(sender.stats().retried()).isEqualTo(2);
    assertThat(sender.stats().failed()).isZero();
  }

  @Test
  void waitsAsLongAsTelegramsRetryAfterSays() {
    telegram.replySend(
        429,
        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\","
            + "\"parameters\":{\"retry_after\":7}}");
    sender =
        TelegramTesting.sender(
            TelegramTesting.client(telegram.baseUrl()), 10, 5, sleeper, counters);

    sender.submit(List.of("rate limited once"), false);

    soon().until(() -> sender.stats().sent() == 1);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    assertThat(sender.stats().retried()).isEqualTo(1);
  }

  @Test
  void givesUpAfterTheLastAttemptCountsItAndGoesOnWithTheNextMessage() {
    telegram.replySend(503, "").replySend(503, "").replySend(503, "");
    sender =
        TelegramTesting.sender(
            TelegramTesting.client(telegram.baseUrl()), 10, 3, sleeper, counters);

    sender.submit(List.of("lost"), false);
    sender.submit(List.of("next"), false);

    soon().until(() -> sender.stats().sent() == 1);
    assertThat(telegram.sentTexts()).containsExactly("next");
    assertThat(sender.stats()).isEqualTo(new TelegramStats(1, 2, 1, 0, 0, 0, 0));
  }

  @Test
  void doesNotRetryAMessageTelegramRefuses() {
    telegram.replySend(
        400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}");
    sender =
        TelegramTesting.sender(
            TelegramTesting.client(telegram.baseUrl()), 10, 5, sleeper, counters);

    sender.submit(List.of("refused"), false);

    soon().until(() -> sender.stats().failed() == 1);
    assertThat(telegram.sent()).hasSize(1);
    assertThat(sender.stats().retried()).isZero();
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void retriesWhenTelegramCannotBeReached() throws IOException {
    URI closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
    sender = TelegramTesting.sender(TelegramTesting.client(closed), 10, 2, sleeper, counters);

    sender.submit(List.of("nowhere to go"), false);

    soon().until(() -> sender.stats().failed() == 1);
    assertThat(sender.stats().retried()).isEqualTo(1);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void neverBlocksWhileTelegramHangsAndDropsTheOldestNonCriticalWhenFull() {
    telegram.hold();
    sender =
        TelegramTesting.sender(TelegramTesting.client(telegram.baseUrl()), 2, 3, sleeper, counters);
    sender.submit(List.of("A"), false);
    soon().until(() -> telegram.received() == 1);

    long start = System.nanoTime();
    sender.submit(List.of("B"), false);
    sender.submit(List.of("C critical"), true);
    sender.submit(List.of("D"), false);
    sender.submit(List.of("E critical"), true);
    sender.submit(List.of("F"), false);
    sender.submit(List.of("G critical"), true);
    Duration spent = Duration.ofNanos(System.nanoTime() - start);

    assertThat(spent).isLessThan(Duration.ofMillis(100));
    assertThat(sender.stats().dropped()).isEqualTo(4);
    assertThat(sender.stats().queued()).isEqualTo(2);
    telegram.release();
    soon().until(() -> telegram.sentTexts().size() == 3);
    assertThat(telegram.sentTexts()).containsExactly("A", "E critical", "G critical");
  }

  private static ConditionFactory soon() {
    return await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5));
  }
}
