package io.anchorkeeper.app.okx;

import static io.anchorkeeper.app.okx.TestEmulators.BTC;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.http.RequestRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A burst from many accounts at once against an emulator that enforces OKX's limits on the real
 * clock: okx-client's budgets (per account for account calls, shared per IP for public ones) pace
 * every call, so the exchange never has to answer 50011.
 */
class OkxRateLimitBurstTest {

  private static final int ACCOUNTS = 50;
  private static final int READS_PER_KIND = 12; // account/balance and positions allow 10 per 2 s
  private OkxEmulator emulator;
  private OkxRig rig;
  private final List<OkxAccount> accounts = new ArrayList<>();

  @BeforeEach
  void start() {
    emulator = TestEmulators.realTime(true);
    rig = new OkxRig(emulator, OkxRig.settings());
    for (int i = 0; i < ACCOUNTS; i++) {
      accounts.add(rig.add(TestEmulators.newSub(emulator, "1000")));
    }
  }

  @AfterEach
  void stop() {
    rig.close();
    emulator.close();
  }

  @Test
  void aBurstFromFiftyAccountsNeverMeetsTheExchangesRateLimit() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(ACCOUNTS + 1);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (OkxAccount account : accounts) {
        SlotId slot = SlotId.of(account.name().value(), BTC, "long");
        calls.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < READS_PER_KIND; i++) {
                    rig.exchange.availableBalance(account.name());
                    rig.exchange.position(slot);
                  }
                }));
      }
      calls.add(
          pool.submit(
              () -> {
                for (int i = 0; i < READS_PER_KIND; i++) {
                  rig.exchange.markPrice(InstrumentId.of(BTC)); // 10 per 2 s per IP
                }
              }));
      for (Future<?> call : calls) {
        call.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    List<RequestRecord> answered = emulator.control().requests();
    assertThat(answered).hasSizeGreaterThanOrEqualTo(ACCOUNTS * READS_PER_KIND * 2);
    assertThat(answered).noneMatch(r -> r.code().equals("50011") || r.status() == 429);
  }
}
