package io.anchorkeeper.okx.client.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.client.OkxClientFactory;
import io.anchorkeeper.okx.client.ratelimit.RateLimitListener;
import io.anchorkeeper.okx.client.ratelimit.TimeSource;
import io.anchorkeeper.okx.client.testing.FakeOkxServer;
import io.anchorkeeper.okx.client.testing.FakeOkxServer.Received;
import io.anchorkeeper.okx.client.testing.FakeOkxServer.Reply;
import io.anchorkeeper.okx.client.testing.Samples;
import io.anchorkeeper.okx.client.testing.TestConfigs;
import io.anchorkeeper.okx.client.testing.WindowCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Twelve accounts on one IP burst at once against a server that, like OKX, answers 50011 as soon as
 * a budget is exceeded: account reads are limited per UID, mark price per IP and instrument.
 */
class ManyAccountsBurstTest {
  private static final long WINDOW = Duration.ofSeconds(2).toNanos();
  private static final int ACCOUNTS = 12;

  @Test
  void noBudgetIsEverExceededAndAccountsDoNotWaitForEachOther() throws Exception {
    Map<String, Duration> longestWait = new ConcurrentHashMap<>();
    RateLimitListener listener =
        (bucket, scope, waited) ->
            longestWait.merge(bucket, waited, (a, b) -> a.compareTo(b) > 0 ? a : b);
    try (FakeOkxServer server = new FakeOkxServer();
        OkxClientFactory factory =
            new OkxClientFactory(
                TestConfigs.loopback(server.port())
                    .withRateLimits(TimeSource.system(), Duration.ofMillis(300), listener))) {
      server.route(
          "GET /api/v5/account/config",
          enforcing(
              server,
              "/api/v5/account/config",
              5,
              r -> r.header("OK-ACCESS-KEY"),
              Samples.read("rest-account-config.json")));
      server.route(
          "GET /api/v5/public/mark-price",
          enforcing(
              server,
              "/api/v5/public/mark-price",
              10,
              r -> "ip",
              Samples.read("rest-public-mark-price.json")));
      factory.serverClock().now();

      long start = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(ACCOUNTS);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int account = 0; account < ACCOUNTS; account++) {
          OkxRestClient client = factory.rest(TestConfigs.credentials(account));
          done.add(
              pool.submit(
                  () -> {
                    client.publicData().markPrice("SWAP", "BTC-USDT-SWAP");
                    for (int call = 0; call < 6; call++) {
                      client.account().config();
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
      long elapsed = System.nanoTime() - start;

      Map<String, List<Long>> configByKey =
          server.received("/api/v5/account/config").stream()
              .collect(
                  Collectors.groupingBy(
                      r -> r.header("OK-ACCESS-KEY"),
                      Collectors.mapping(Received::nanos, Collectors.toList())));
      assertThat(configByKey).hasSize(ACCOUNTS);
      configByKey
          .values()
          .forEach(times -> assertThat(WindowCheck.maxInAnyWindow(times, WINDOW)).isEqualTo(5));
      List<Long> markPrice =
          server.received("/api/v5/public/mark-price").stream().map(Received::nanos).toList();
      assertThat(markPrice).hasSize(ACCOUNTS);
      assertThat(WindowCheck.maxInAnyWindow(markPrice, WINDOW)).isEqualTo(10);

      assertThat(longestWait.get("GET /api/v5/account/config"))
          .isGreaterThan(Duration.ofSeconds(1));
      assertThat(longestWait.get("GET /api/v5/public/mark-price")).isGreaterThan(Duration.ZERO);
      // Two windows at most per account chain; a shared UID budget would need 72 / 5 windows.
      assertThat(Duration.ofNanos(elapsed)).isLessThan(Duration.ofSeconds(8));
    }
  }

  /** Answers like OKX: 50011 once a key has {@code limit} requests in the last 2 s. */
  private static java.util.function.Function<Received, Reply> enforcing(
      FakeOkxServer server,
      String path,
      int limit,
      java.util.function.Function<Received, String> keyOf,
      String success) {
    return request -> {
      String key = keyOf.apply(request);
      List<Long> sameKey =
          server.received(path).stream()
              .filter(r -> keyOf.apply(r).equals(key))
              .map(Received::nanos)
              .toList();
      return WindowCheck.maxInAnyWindow(sameKey, WINDOW) > limit
          ? Reply.of(429, Samples.read("rest-error-50011-rate-limit.json"))
          : Reply.ok(success);
    };
  }
}
