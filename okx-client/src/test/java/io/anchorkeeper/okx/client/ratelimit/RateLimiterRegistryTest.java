package io.anchorkeeper.okx.client.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.client.testing.VirtualTime;
import io.anchorkeeper.okx.client.testing.WindowCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RateLimiterRegistryTest {
  private static final RateLimitRule PER_UID =
      RateLimitRule.per2s("GET /config", 5, LimitScope.UID);
  private static final RateLimitRule PER_IP = RateLimitRule.per2s("GET /time", 10, LimitScope.IP);
  private static final long TWO_SECONDS = Duration.ofSeconds(2).toNanos();

  private final VirtualTime time = new VirtualTime();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final RateLimiterRegistry registry =
      new RateLimiterRegistry(time, Duration.ZERO, (bucket, scope, waited) -> waits.add(waited));

  @Test
  void aBurstNeverExceedsTheLimitInAnyTwoSecondWindowPerKey() throws Exception {
    Map<String, List<Long>> grants = new ConcurrentHashMap<>();
    for (int i = 0; i < 200; i++) {
      String account = "acct" + (i % 4);
      registry.acquire(PER_UID, RateLimiterRegistry.key(PER_UID, account, ""), 1);
      grants.computeIfAbsent(account, k -> new ArrayList<>()).add(time.nanoTime());
    }

    assertThat(grants).hasSize(4);
    grants
        .values()
        .forEach(
            times -> {
              assertThat(times).hasSize(50);
              assertThat(WindowCheck.maxInAnyWindow(times, TWO_SECONDS)).isEqualTo(5);
            });
    assertThat(time.nanoTime() - 1_000_000_000L).isEqualTo(9 * TWO_SECONDS);
  }

  @Test
  void ipLimitsAreSharedByAllAccountsWhileUidLimitsAreNot() throws Exception {
    for (int account = 0; account < 10; account++) {
      registry.acquire(PER_UID, RateLimiterRegistry.key(PER_UID, "acct" + account, ""), 5);
    }
    assertThat(waits).allMatch(Duration::isZero);

    List<Long> ipGrants = new ArrayList<>();
    for (int account = 0; account < 10; account++) {
      for (int call = 0; call < 3; call++) {
        registry.acquire(PER_IP, RateLimiterRegistry.key(PER_IP, "acct" + account, ""), 1);
        ipGrants.add(time.nanoTime());
      }
    }

    assertThat(WindowCheck.maxInAnyWindow(ipGrants, TWO_SECONDS)).isEqualTo(10);
    assertThat(ipGrants.get(29) - ipGrants.get(0)).isEqualTo(2 * TWO_SECONDS);
  }

  @Test
  void waitingIsReportedPerBucket() throws Exception {
    Map<String, Duration> lastWait = new ConcurrentHashMap<>();
    RateLimiterRegistry observed =
        new RateLimiterRegistry(
            time, Duration.ZERO, (bucket, scope, waited) -> lastWait.put(bucket, waited));
    String key = RateLimiterRegistry.key(PER_UID, "a", "");
    for (int i = 0; i < 5; i++) {
      observed.acquire(PER_UID, key, 1);
    }
    assertThat(lastWait).containsEntry("GET /config", Duration.ZERO);

    time.advanceMillis(500);
    observed.acquire(PER_UID, key, 1);

    assertThat(lastWait).containsEntry("GET /config", Duration.ofMillis(1500));
  }

  @Test
  void permitsHeldByRequestsStillOnTheirWayCountFromTheirAnswers() throws Exception {
    String key = RateLimiterRegistry.key(PER_UID, "slow", "");
    List<Permit> underway = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      underway.add(registry.hold(PER_UID, key, 1));
    }
    long granted = time.nanoTime();

    // the five requests take 1.5 s to reach OKX and answer; only then do their windows start
    time.advanceMillis(1500);
    underway.forEach(Permit::close);
    underway.forEach(Permit::close);
    long answered = time.nanoTime();
    Permit next = registry.hold(PER_UID, key, 1);

    assertThat(time.nanoTime() - answered).isEqualTo(TWO_SECONDS);
    assertThat(time.nanoTime() - granted).isGreaterThan(TWO_SECONDS);
    assertThat(next.waited()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void concurrentCallersOnRealTimeStayWithinTheWindow() throws Exception {
    RateLimitRule fast =
        new RateLimitRule(
            "fast", 10, Duration.ofMillis(200), LimitScope.UID, java.util.Optional.empty());
    RateLimiterRegistry real =
        new RateLimiterRegistry(
            TimeSource.system(), Duration.ofMillis(150), RateLimitListener.none());
    Map<String, List<Long>> grants = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 12; i++) {
                    String account = "acct" + (i % 3);
                    real.acquire(fast, RateLimiterRegistry.key(fast, account, ""), 1);
                    grants
                        .computeIfAbsent(account, k -> new CopyOnWriteArrayList<>())
                        .add(System.nanoTime());
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    grants
        .values()
        .forEach(
            times ->
                assertThat(WindowCheck.maxInAnyWindow(times, Duration.ofMillis(200).toNanos()))
                    .isLessThanOrEqualTo(10));
  }
}
