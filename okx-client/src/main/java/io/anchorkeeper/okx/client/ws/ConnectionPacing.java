package io.anchorkeeper.okx.client.ws;

import io.anchorkeeper.okx.client.ratelimit.LimitScope;
import io.anchorkeeper.okx.client.ratelimit.RateLimitRule;
import io.anchorkeeper.okx.client.ratelimit.RateLimiterRegistry;
import java.time.Duration;
import java.util.Optional;

/** OKX allows 3 connection attempts per second per IP, across all connections of a process. */
public final class ConnectionPacing {
  public static final RateLimitRule CONNECT_LIMIT =
      new RateLimitRule("ws-connect", 3, Duration.ofSeconds(1), LimitScope.IP, Optional.empty());

  private ConnectionPacing() {}

  /**
   * Takes an attempt from the shared budget if one is free.
   *
   * @return zero when the caller may connect now, else how long to wait before asking again
   */
  static Duration waitBeforeConnecting(RateLimiterRegistry limiters) {
    return limiters.tryAcquire(CONNECT_LIMIT, RateLimiterRegistry.key(CONNECT_LIMIT, "", ""));
  }
}
