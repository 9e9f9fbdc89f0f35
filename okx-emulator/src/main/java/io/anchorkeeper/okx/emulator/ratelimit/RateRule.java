package io.anchorkeeper.okx.emulator.ratelimit;

import java.time.Duration;

/** At most {@code limit} requests (or orders) per {@code window}, counted per {@code scope}. */
public record RateRule(int limit, Duration window, RateScope scope) {

  public RateRule {
    if (limit <= 0 || window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("a rate rule needs a positive limit and window");
    }
  }

  /** OKX's usual form: {@code limit} requests per 2 seconds. */
  public static RateRule per2s(int limit, RateScope scope) {
    return new RateRule(limit, Duration.ofSeconds(2), scope);
  }

  /** {@code limit} requests per second. */
  public static RateRule per1s(int limit, RateScope scope) {
    return new RateRule(limit, Duration.ofSeconds(1), scope);
  }
}
