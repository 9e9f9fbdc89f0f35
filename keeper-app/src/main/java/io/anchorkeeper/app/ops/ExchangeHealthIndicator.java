package io.anchorkeeper.app.ops;

import io.anchorkeeper.okx.client.OkxClientFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health component {@code exchange}: can the keeper reach the exchange's REST API now? It asks for
 * the server time (public, cheap, through the client's own rate limiter) and waits at most the
 * probe timeout; one answer serves every check for {@code probeEvery}, and while a probe is on its
 * way, checks wait for that one instead of sending another.
 */
final class ExchangeHealthIndicator implements HealthIndicator {

  private final OkxClientFactory okx;
  private final ExecutorService probes;
  private final Clock clock;
  private final Duration timeout;
  private final Duration probeEvery;
  private CompletableFuture<Instant> probe;
  private Health last;
  private Instant lastAt = Instant.MIN;

  ExchangeHealthIndicator(
      OkxClientFactory okx,
      ExecutorService probes,
      Clock clock,
      Duration timeout,
      Duration probeEvery) {
    this.okx = okx;
    this.probes = probes;
    this.clock = clock;
    this.timeout = timeout;
    this.probeEvery = probeEvery;
  }

  @Override
  public synchronized Health health() {
    Instant now = clock.instant();
    if (last != null && now.isBefore(lastAt.plus(probeEvery)) && !now.isBefore(lastAt)) {
      return last;
    }
    if (probe == null || probe.isDone()) {
      probe =
          CompletableFuture.supplyAsync(() -> okx.publicRest().publicData().serverTime(), probes);
    }
    last = answer(probe, now);
    lastAt = now;
    return last;
  }

  private Health answer(CompletableFuture<Instant> pending, Instant askedAt) {
    String rest = okx.config().restBaseUrl().toString();
    try {
      pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return Health.up()
          .withDetail("rest", rest)
          .withDetail("latency_ms", Duration.between(askedAt, clock.instant()).toMillis())
          .withDetail("clock_offset_ms", okx.serverClock().offsetMillis())
          .build();
    } catch (TimeoutException e) {
      return Health.down()
          .withDetail("rest", rest)
          .withDetail("error", "no answer within " + timeout.toMillis() + " ms")
          .build();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return Health.down()
          .withDetail("rest", rest)
          .withDetail("error", cause.getClass().getSimpleName() + ": " + cause.getMessage())
          .build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.unknown().withDetail("rest", rest).build();
    }
  }
}
