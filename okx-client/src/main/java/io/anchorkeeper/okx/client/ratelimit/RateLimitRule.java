package io.anchorkeeper.okx.client.ratelimit;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One OKX limit: {@code permits} per {@code window}, counted per scope and, when {@code
 * perParameter} is present, separately for each value of that request parameter (for example {@code
 * instId} for OKX's "UID + instrument" limits).
 *
 * @param bucket the name the limit is counted and reported under; endpoints sharing a limit share a
 *     bucket
 */
public record RateLimitRule(
    String bucket, int permits, Duration window, LimitScope scope, Optional<String> perParameter) {

  public RateLimitRule {
    Objects.requireNonNull(bucket);
    Objects.requireNonNull(window);
    Objects.requireNonNull(scope);
    Objects.requireNonNull(perParameter);
    if (permits <= 0 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("A limit needs permits > 0 and a positive window");
    }
  }

  /** N requests per 2 s, OKX's usual window. */
  public static RateLimitRule per2s(String bucket, int permits, LimitScope scope) {
    return new RateLimitRule(bucket, permits, Duration.ofSeconds(2), scope, Optional.empty());
  }

  /** The same limit counted separately per value of a request parameter. */
  public RateLimitRule perValueOf(String parameter) {
    return new RateLimitRule(bucket, permits, window, scope, Optional.of(parameter));
  }
}
