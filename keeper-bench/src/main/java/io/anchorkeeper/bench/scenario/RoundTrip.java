package io.anchorkeeper.bench.scenario;

import io.anchorkeeper.bench.report.Distribution;
import io.anchorkeeper.okx.client.OkxClientFactory;
import io.anchorkeeper.okx.client.OkxConfig;
import io.anchorkeeper.okx.client.auth.OkxCredentials;
import io.anchorkeeper.okx.client.rest.OkxRestClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One exchange round trip as the keeper's own client sees it: a signed {@code GET
 * account/positions} of the main account, with whatever latency the emulator injects. The unit of
 * the maintenance and correction budgets.
 */
public final class RoundTrip {

  private RoundTrip() {}

  public static Distribution measure(BenchExchange exchange, int samples) {
    try (OkxClientFactory factory =
        new OkxClientFactory(OkxConfig.loopback(exchange.emulator().port()))) {
      OkxRestClient rest =
          factory.rest(
              OkxCredentials.of(
                  BenchExchange.key("bmain"),
                  BenchExchange.secret("bmain"),
                  BenchExchange.passphrase("bmain")));
      rest.account().positions("SWAP", Optional.empty());
      List<Long> nanos = new ArrayList<>();
      for (int i = 0; i < samples; i++) {
        long start = System.nanoTime();
        rest.account().positions("SWAP", Optional.empty());
        nanos.add(System.nanoTime() - start);
        pauseForRateLimit();
      }
      return Distribution.ofNanos(nanos);
    }
  }

  /** account/positions allows 10 per 2 s: stay under it. */
  private static void pauseForRateLimit() {
    try {
      Thread.sleep(210);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
