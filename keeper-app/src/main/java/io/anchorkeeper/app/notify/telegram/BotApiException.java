package io.anchorkeeper.app.notify.telegram;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A Bot API call that did not succeed. Its message is written by {@link BotApiClient} from the HTTP
 * status, Telegram's description and the exception's class, never from a URL or an underlying
 * exception's message, and it carries no cause, so the token cannot leak through it.
 */
public final class BotApiException extends Exception {

  private final boolean retryable;
  private final Optional<Duration> retryAfter;

  BotApiException(String reason, boolean retryable, Optional<Duration> retryAfter) {
    super(reason, null, false, false);
    this.retryable = retryable;
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter must not be null");
  }

  /** True for 429, 5xx and I/O failures: trying again later may succeed. */
  public boolean retryable() {
    return retryable;
  }

  /** How long Telegram asked to wait ({@code parameters.retry_after} of a 429). */
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }
}
