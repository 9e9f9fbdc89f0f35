package io.anchorkeeper.app.notify.telegram;

import static io.anchorkeeper.app.notify.telegram.TelegramTesting.OWNER_CHAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.anchorkeeper.app.notify.command.CommandHandler;
import io.anchorkeeper.app.notify.command.RecordingOwnerCommands;
import io.anchorkeeper.app.notify.format.Language;
import io.anchorkeeper.app.notify.format.MessageSplitter;
import io.anchorkeeper.app.notify.format.Timestamps;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TelegramCommandPollerTest {

  private static final Instant NOW = Instant.parse("2025-12-31T07:00:00Z");

  private final FakeBotApi telegram;
  private final TelegramCounters counters = new TelegramCounters();
  private final TelegramSender sender;
  private final RecordingOwnerCommands engine = new RecordingOwnerCommands();
  private final TelegramCommandPoller poller;

  TelegramCommandPollerTest() throws IOException {
    telegram = new FakeBotApi();
    BotApiClient client = TelegramTesting.client(telegram.baseUrl());
    sender = TelegramTesting.sender(client, 10, 3, new RecordingSleeper(), counters);
    CommandHandler handler =
        new CommandHandler(
            Language.EN, new Timestamps(ZoneId.of("Asia/Shanghai")), () -> Optional.of(engine));
    poller =
        new TelegramCommandPoller(
            client,
            OWNER_CHAT,
            handler,
            sender,
            MessageSplitter.forTelegram(4),
            counters,
            new TelegramCommandPoller.Settings(
                Duration.ZERO,
                Duration.ofMinutes(2),
                new RetrySchedule(3, Duration.ofSeconds(1), Duration.ofMinutes(1)),
                new RecordingSleeper(),
                Clock.fixed(NOW, ZoneOffset.UTC)));
  }

  @AfterEach
  void stop() {
    poller.close();
    sender.close();
    telegram.close();
  }

  @Test
  void obeysOnlyTheOwnersChatAndRepliesThere() throws Exception {
    telegram.replyUpdates(
        updates(
            update(
                100,
                OWNER_CHAT,
                "owner",
                NOW.minusSeconds(5),
                "/super Wu666666 cro-usdt-swap long"),
            update(101, 999, "stranger", NOW.minusSeconds(4), "/super Wu666666 CRO-USDT-SWAP long"),
            update(102, OWNER_CHAT, "owner", NOW.minusSeconds(3), "/pause Wu666666 <b>")));

    poller.pollOnce();

    assertThat(engine.calls())
        .containsExactly("super Wu666666/CRO-USDT-SWAP/long by telegram:@owner");
    await().atMost(Duration.ofSeconds(5)).until(() -> sender.stats().sent() == 2);
    assertThat(telegram.sentTexts())
        .containsExactly(
            "ok: super Wu666666/CRO-USDT-SWAP/long by telegram:@owner",
            "Usage: /pause &lt;account&gt; [&lt;instId&gt; &lt;long|short&gt;]");
    assertThat(telegram.sent())
        .allSatisfy(body -> assertThat(body.path("chat_id").asLong(0)).isEqualTo(OWNER_CHAT));
    assertThat(sender.stats().commandsHandled()).isEqualTo(2);
    assertThat(sender.stats().commandsIgnored()).isEqualTo(1);
  }

  @Test
  void answersButDoesNotRunACommandSentLongBeforeItArrived() throws Exception {
    telegram.replyUpdates(
        updates(
            update(
                7,
                OWNER_CHAT,
                "owner",
                NOW.minus(Duration.ofHours(1)),
                "/super Main CRO-USDT-SWAP long")));

    poller.pollOnce();

    assertThat(engine.calls()).isEmpty();
    await().atMost(Duration.ofSeconds(5)).until(() -> sender.stats().sent() == 1);
    assertThat(telegram.sentTexts().get(0))
        .startsWith("Ignored /super: it was sent at 2025-12-31 14:00:00");
    assertThat(sender.stats().commandsIgnored()).isEqualTo(1);
  }

  @Test
  void asksForUpdatesAfterTheLastOneSeen() throws Exception {
    telegram.replyUpdates(updates(update(41, OWNER_CHAT, "owner", NOW, "/status")));

    poller.pollOnce();
    poller.pollOnce();

    assertThat(telegram.polls()).hasSize(2);
    assertThat(telegram.polls().get(0).path("offset").asLong(-1)).isZero();
    assertThat(telegram.polls().get(1).path("offset").asLong(-1)).isEqualTo(42);
    assertThat(telegram.polls().get(1).path("allowed_updates").get(0).asString(""))
        .isEqualTo("message");
  }

  private static String updates(String... updates) {
    return "{\"ok\":true,\"result\":[" + String.join(",", updates) + "]}";
  }

  private static String update(long id, long chat, String username, Instant sent, String text) {
    return "{\"update_id\":"
        + id
        + ",\"message\":{\"message_id\":"
        + id
        + ",\"date\":"
        + sent.getEpochSecond()
        + ",\"chat\":{\"id\":"
        + chat
        + ",\"type\":\"private\"},\"from\":{\"id\":"
        + chat
        + ",\"is_bot\":false,\"username\":\""
        + username
        + "\"},\"text\":\""
        + text
        + "\"}}";
  }
}
