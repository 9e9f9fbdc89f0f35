package io.anchorkeeper.app.notify.telegram;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two Bot API methods the keeper uses, {@code sendMessage} and {@code getUpdates}, over {@code
 * java.net.http}. The token sits in the URL path ({@code /bot<token>/method}), so requests,
 * responses and URLs are never logged or put into exceptions; failures become {@link
 * BotApiException}s written from the status, Telegram's description and the exception's class.
 */
public final class BotApiClient {

  /** Telegram's descriptions are short; anything longer is cut before it reaches a log. */
  private static final int MAX_DESCRIPTION = 200;

  private final HttpClient http;
  private final URI sendMessage;
  private final URI getUpdates;
  private final BotToken token;
  private final Duration requestTimeout;
  private final JsonMapper json = JsonMapper.shared();

  /**
   * @param baseUrl {@code https://api.telegram.org}, or a local fake in tests
   * @param requestTimeout how long a {@code sendMessage} may take; a long poll gets its own timeout
   *     on top
   */
  public BotApiClient(HttpClient http, URI baseUrl, BotToken token, Duration requestTimeout) {
    this.http = Objects.requireNonNull(http, "http must not be null");
    this.token = Objects.requireNonNull(token, "token must not be null");
    this.sendMessage = methodUri(baseUrl, token, "sendMessage");
    this.getUpdates = methodUri(baseUrl, token, "getUpdates");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout must not be null");
  }

  /** Sends {@code html} (parse mode HTML, no link previews) to {@code chatId}. */
  public void sendMessage(long chatId, String html) throws BotApiException, InterruptedException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("chat_id", chatId);
    body.put("text", html);
    body.put("parse_mode", "HTML");
    body.put("link_preview_options", Map.of("is_disabled", true));
    call("sendMessage", sendMessage, body, requestTimeout);
  }

  /**
   * Waits up to {@code pollTimeout} for messages after {@code offset} (long polling), and returns
   * them oldest first.
   */
  public List<TelegramUpdate> getUpdates(long offset, Duration pollTimeout)
      throws BotApiException, InterruptedException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("offset", offset);
    body.put("timeout", pollTimeout.toSeconds());
    body.put("allowed_updates", List.of("message"));
    JsonNode result = call("getUpdates", getUpdates, body, pollTimeout.plus(requestTimeout));
    List<TelegramUpdate> updates = new ArrayList<>();
    for (JsonNode update : result.values()) {
      updates.add(
          new TelegramUpdate(update.path("update_id").asLong(0), message(update.path("message"))));
    }
    return updates;
  }

  private static URI methodUri(URI baseUrl, BotToken token, String method) {
    String base = Objects.requireNonNull(baseUrl, "baseUrl must not be null").toString();
    String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    try {
      return new URI(trimmed + "/bot" + token.value() + "/" + method);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the Telegram base URL " + base + " is not valid");
    }
  }

  /**
   * One POST. Exceptions of the HTTP client are reduced to their class name: their messages may
   * quote the URL, and the URL holds the token.
   */
  private JsonNode call(String method, URI uri, Map<String, Object> body, Duration timeout)
      throws BotApiException, InterruptedException {
    HttpResponse<String> response;
    try {
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(timeout)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
              .build();
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new BotApiException(
          method + " failed: " + e.getClass().getSimpleName(), true, Optional.empty());
    } catch (RuntimeException e) {
      throw new BotApiException(
          method + " could not be sent: " + e.getClass().getSimpleName(), false, Optional.empty());
    }
    return result(method, response);
  }

  private JsonNode result(String method, HttpResponse<String> response) throws BotApiException {
    int status = response.statusCode();
    JsonNode answer = parse(response.body());
    if (status == 200 && answer.path("ok").asBoolean(false)) {
      return answer.path("result");
    }
    String reason = method + " answered HTTP " + status + description(answer);
    if (status == 429) {
      throw new BotApiException(reason, true, retryAfter(answer, response));
    }
    throw new BotApiException(reason, status >= 500, Optional.empty());
  }

  private JsonNode parse(String body) {
    try {
      return json.readTree(body);
    } catch (JacksonException e) {
      return json.missingNode();
    }
  }

  /** {@code parameters.retry_after} in seconds, else the {@code Retry-After} header. */
  private static Optional<Duration> retryAfter(JsonNode answer, HttpResponse<String> response) {
    long seconds = answer.path("parameters").path("retry_after").asLong(-1);
    if (seconds < 0) {
      seconds = response.headers().firstValue("Retry-After").map(BotApiClient::seconds).orElse(-1L);
    }
    return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
  }

  private static long seconds(String header) {
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private String description(JsonNode answer) {
    String description = answer.path("description").asString("");
    if (description.isBlank()) {
      return "";
    }
    String safe = token.redact(description);
    return ": "
        + (safe.length() <= MAX_DESCRIPTION ? safe : safe.substring(0, MAX_DESCRIPTION) + "…");
  }

  private static Optional<IncomingMessage> message(JsonNode message) {
    if (message.isMissingNode() || !message.path("chat").has("id")) {
      return Optional.empty();
    }
    JsonNode from = message.path("from");
    String username = from.path("username").asString("");
    String sender = username.isEmpty() ? from.path("id").asString("unknown") : "@" + username;
    return Optional.of(
        new IncomingMessage(
            message.path("chat").path("id").asLong(0),
            sender,
            message.path("text").asString(""),
            Instant.ofEpochSecond(message.path("date").asLong(0))));
  }
}
