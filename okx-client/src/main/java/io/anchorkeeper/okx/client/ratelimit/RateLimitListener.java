package io.anchorkeeper.okx.client.ratelimit;

import java.time.Duration;

/** Observes every permit taken; {@code waited} is zero when the budget had room. */
@FunctionalInterface
public interface RateLimitListener {
  void onPermit(String bucket, LimitScope scope, Duration waited);

  static RateLimitListener none() {
    return (bucket, scope, waited) -> {};
  }
}
