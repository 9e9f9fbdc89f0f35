package io.anchorkeeper.app.notify.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.anchorkeeper.app.notify.LogCapture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bot token is in every Bot API URL; it must show up in no log, exception or string. */
class TokenSecrecyTest {

  private static final String SECRET = FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':'));

  private final FakeBotApi telegram;

  TokenSecrecyTest() throws IOException {
    telegram = new FakeBotApi();
  }

  @AfterEach
  void stop() {
    telegram.close();
  }

  @Test
  void noLogLineOfAFailingDeliveryContainsTheToken() throws IOException {
    telegram
        .replySend(502, "<html>Bad Gateway</html>")
        .replySend(
            429,
            "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after"
                + " 1\",\"parameters\":{\"retry_after\":1}}")
        .replySend(
            400,
            "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: wrong bot "
                + FakeBotApi.TOKEN
                + "\"}");
    List<String> lines;
    try (LogCapture logs = new LogCapture()) {
      TelegramCounters counters = new TelegramCounters();
      try (TelegramSender sender =
          TelegramTesting.sender(
              TelegramTesting.client(telegram.baseUrl()),
              10,
              5,
              new RecordingSleeper(),
              counters)) {
        sender.submit(List.of("one"), false);
        await().atMost(Duration.ofSeconds(5)).until(() -> sender.stats().failed() == 1);
      }
      try (TelegramSender unreachable =
          TelegramTesting.sender(
              TelegramTesting.client(closedPort()), 10, 2, new RecordingSleeper(), counters)) {
        unreachable.submit(List.of("two"), false);
        await().atMost(Duration.ofSeconds(5)).until(() -> unreachable.stats().failed() == 2);
      }
      lines = logs.lines();
    }

    assertThat(lines).anySatisfy(line -> assertThat(line).contains("HTTP 502"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("wrong bot ***"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("ConnectException"));
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain(SECRET));
  }

  @Test
  void noExceptionMessageOrStackTraceContainsTheToken() throws Exception {
    telegram
        .replySend(503, "")
        .replySend(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}")
        .replyUpdates(500, "{\"ok\":false,\"description\":\"Internal Server Error\"}");
    BotApiClient client = TelegramTesting.client(telegram.baseUrl());
    List<BotApiException> failures = new ArrayList<>();
    failures.add(failure(() -> client.sendMessage(1, "x")));
    failures.add(failure(() -> client.sendMessage(1, "x")));
    failures.add(failure(() -> client.getUpdates(0, Duration.ZERO)));
    BotApiClient unreachable = TelegramTesting.client(closedPort());
    failures.add(failure(() -> unreachable.sendMessage(1, "x")));

    assertThat(failures)
        .extracting(Throwable::getMessage)
        .containsExactly(
            "sendMessage answered HTTP 503",
            "sendMessage answered HTTP 401: Unauthorized",
            "getUpdates answered HTTP 500: Internal Server Error",
            "sendMessage failed: ConnectException");
    assertThat(failures).allSatisfy(e -> assertThat(stackTrace(e)).doesNotContain(SECRET));
    assertThat(failures)
        .extracting(BotApiException::retryable)
        .containsExactly(true, false, true, true);
  }

  @Test
  void theTokenNeverShowsInStringsOrValidationMessages() {
    TelegramCredentials credentials = TelegramCredentials.parse(FakeBotApi.TOKEN, "4242");

    assertThat(credentials.toString())
        .isEqualTo("TelegramCredentials[token=BotToken[***], chatId=4242]");
    assertThat(credentials.token().redact("at /bot" + FakeBotApi.TOKEN + "/sendMessage"))
        .isEqualTo("at /bot***/sendMessage");
    assertThatThrownBy(() -> TelegramCredentials.parse(FakeBotApi.TOKEN, " "))
        .hasMessage("TELEGRAM_CHAT_ID must be set when TELEGRAM_BOT_TOKEN is: the owner's chat id");
    String malformed = FakeBotApi.TOKEN.replace(':', '/');
    assertThatThrownBy(() -> BotToken.parse(malformed))
        .hasMessageNotContaining(malformed)
        .hasMessageNotContaining(SECRET.substring(1))
        .hasMessageStartingWith("TELEGRAM_BOT_TOKEN does not look like a Telegram bot token");
  }

  private static URI closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
  }

  private interface ApiCall {
    void run() throws BotApiException, InterruptedException;
  }

  private static BotApiException failure(ApiCall call) {
    return catchThrowableOfType(BotApiException.class, call::run);
  }

  private static String stackTrace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out + String.valueOf(e);
  }
}
