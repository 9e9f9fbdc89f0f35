package io.anchorkeeper.app.notify;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code keeper.notify}. Secrets are not here: the bot token and chat id come from the
 * environment only ({@code TELEGRAM_BOT_TOKEN}, {@code TELEGRAM_CHAT_ID}).
 *
 * @param zone the zone messages show times in
 * @param log whether the log gets a copy of every message
 */
@ConfigurationProperties("keeper.notify")
public record NotifyProperties(
    @DefaultValue("Asia/Shanghai") ZoneId zone,
    @DefaultValue("true") boolean log,
    @DefaultValue Feed feed,
    @DefaultValue Telegram telegram) {

  public NotifyProperties {
    Objects.requireNonNull(zone, "keeper.notify.zone must be a zone id such as Asia/Shanghai");
    Objects.requireNonNull(feed, "keeper.notify.feed must not be null");
    Objects.requireNonNull(telegram, "keeper.notify.telegram must not be null");
  }

  /**
   * @param size how many notifications the dashboard feed keeps
   */
  public record Feed(@DefaultValue("500") int size) {
    public Feed {
      requireBetween("keeper.notify.feed.size", size, 1, 100_000);
    }
  }

  /**
   * @param baseUrl the Bot API; HTTPS, or HTTP on a loopback address for a local fake
   * @param queueSize notifications waiting to be sent before the oldest non-critical is dropped
   * @param maxAttempts attempts per message before it is given up
   * @param initialBackoff the wait after the first failed attempt, doubled after each next one
   * @param maxBackoff the longest wait between attempts (Telegram's retry_after may be longer)
   * @param requestTimeout how long one sendMessage may take
   * @param maxParts how many Telegram messages one notification may take before it is cut
   * @param shutdownGrace how long shutting down waits for the queue to empty
   */
  public record Telegram(
      @DefaultValue("https://api.telegram.org") URI baseUrl,
      @DefaultValue("200") int queueSize,
      @DefaultValue("6") int maxAttempts,
      @DefaultValue("1s") Duration initialBackoff,
      @DefaultValue("1m") Duration maxBackoff,
      @DefaultValue("10s") Duration requestTimeout,
      @DefaultValue("4") int maxParts,
      @DefaultValue("5s") Duration shutdownGrace,
      @DefaultValue Commands commands) {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    public Telegram {
      requireSafeBaseUrl(baseUrl);
      requireBetween("keeper.notify.telegram.queue-size", queueSize, 1, 100_000);
      requireBetween("keeper.notify.telegram.max-attempts", maxAttempts, 1, 100);
      requireBetween("keeper.notify.telegram.max-parts", maxParts, 1, 20);
      requirePositive("keeper.notify.telegram.initial-backoff", initialBackoff);
      requirePositive("keeper.notify.telegram.max-backoff", maxBackoff);
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException(
            "keeper.notify.telegram.max-backoff must be at least initial-backoff, was "
                + maxBackoff);
      }
      requirePositive("keeper.notify.telegram.request-timeout", requestTimeout);
      Objects.requireNonNull(shutdownGrace, "keeper.notify.telegram.shutdown-grace is required");
      Objects.requireNonNull(commands, "keeper.notify.telegram.commands must not be null");
    }

    /** The token travels in the URL path: never over plain HTTP beyond this machine. */
    private static void requireSafeBaseUrl(URI baseUrl) {
      Objects.requireNonNull(baseUrl, "keeper.notify.telegram.base-url is required");
      String scheme =
          baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
      String host = baseUrl.getHost() == null ? "" : baseUrl.getHost().toLowerCase(Locale.ROOT);
      boolean plain =
          baseUrl.getQuery() == null
              && baseUrl.getFragment() == null
              && baseUrl.getUserInfo() == null;
      boolean secure = scheme.equals("https") || (scheme.equals("http") && LOOPBACK.contains(host));
      if (host.isEmpty() || !plain || !secure) {
        throw new IllegalArgumentException(
            "keeper.notify.telegram.base-url must be an https URL without query"
                + " (http only on a loopback address), was "
                + baseUrl);
      }
    }
  }

  /**
   * @param enabled whether the owner's commands are read (only with a token)
   * @param pollTimeout how long one getUpdates long poll waits
   * @param maxAge commands older than this when they arrive are answered but not run
   */
  public record Commands(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("25s") Duration pollTimeout,
      @DefaultValue("2m") Duration maxAge) {
    public Commands {
      Objects.requireNonNull(pollTimeout, "keeper.notify.telegram.commands.poll-timeout required");
      if (pollTimeout.compareTo(Duration.ofSeconds(1)) < 0
          || pollTimeout.compareTo(Duration.ofSeconds(50)) > 0) {
        throw new IllegalArgumentException(
            "keeper.notify.telegram.commands.poll-timeout must be 1 to 50 s, was " + pollTimeout);
      }
      requirePositive("keeper.notify.telegram.commands.max-age", maxAge);
    }
  }

  private static void requireBetween(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", was " + value);
    }
  }

  private static void requirePositive(String name, Duration value) {
    Objects.requireNonNull(value, name + " is required");
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
