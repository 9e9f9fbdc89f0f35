package io.anchorkeeper.app.ops;

import io.anchorkeeper.okx.client.ratelimit.LimitScope;
import io.anchorkeeper.okx.client.ratelimit.RateLimitListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * okx-client's rate-limit waits as meters, by {@code bucket} (an OKX limit, e.g. {@code POST
 * /api/v5/trade/order}; a few dozen at most) and {@code scope} (ip, uid): {@code
 * keeper.okx.ratelimit.wait}, a timer of every permit's wait (zero when the budget had room), and
 * {@code keeper.okx.ratelimit.delayed}, a counter of the requests that had to wait.
 */
final class RateLimitMetrics implements RateLimitListener {

  private final MeterRegistry registry;

  RateLimitMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry must not be null");
  }

  @Override
  public void onPermit(String bucket, LimitScope scope, Duration waited) {
    String scopeTag = scope.name().toLowerCase(Locale.ROOT);
    Timer.builder("keeper.okx.ratelimit.wait")
        .description("How long OKX requests waited for the client-side rate limit")
        .tag("bucket", bucket)
        .tag("scope", scopeTag)
        .register(registry)
        .record(waited);
    if (!waited.isZero() && !waited.isNegative()) {
      Counter.builder("keeper.okx.ratelimit.delayed")
          .description("OKX requests that had to wait for the client-side rate limit")
          .tag("bucket", bucket)
          .tag("scope", scopeTag)
          .register(registry)
          .increment();
    }
  }
}
