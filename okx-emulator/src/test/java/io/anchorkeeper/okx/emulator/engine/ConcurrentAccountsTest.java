package io.anchorkeeper.okx.emulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.support.Emulators;
import io.anchorkeeper.okx.emulator.support.TestAccount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many accounts trading at once while the mark is being set: every account ends with exactly the
 * cash its own fills explain, and nothing deadlocks.
 */
class ConcurrentAccountsTest {

  private static final int ACCOUNTS = 60;
  private static final int ROUND_TRIPS = 25;

  @Test
  void accountsTradeIndependentlyUnderConcurrentPriceUpdates() throws Exception {
    try (OkxEmulator emu = Emulators.started(TestAccount.main("main", "0"))) {
      emu.control().setMarkPrice("ETH-USDT-SWAP", new BigDecimal("3000"));
      Engine engine = emu.engine();
      List<Account> accounts = new ArrayList<>();
      for (int i = 0; i < ACCOUNTS; i++) {
        accounts.add(emu.control().createAccount(TestAccount.sub("s" + i, "10000").spec()));
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<?>> work = new ArrayList<>();
      work.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 500; i++) {
                  emu.control().setMarkPrice("ETH-USDT-SWAP", new BigDecimal("3000"));
                }
              }));
      for (Account a : accounts) {
        work.add(pool.submit(() -> roundTrips(engine, a)));
      }
      for (Future<?> f : work) {
        f.get(30, TimeUnit.SECONDS);
      }
      pool.shutdown();
      // each round trip: open and close 1 contract at 3000, fee 0.1 x 3000 x 0.0005 = 0.15 each way
      BigDecimal expected =
          new BigDecimal("10000")
              .subtract(new BigDecimal("0.3").multiply(BigDecimal.valueOf(ROUND_TRIPS)));
      for (Account a : accounts) {
        assertThat(engine.balance(a).cashBal()).isEqualByComparingTo(expected);
        assertThat(engine.positions(a)).isEmpty();
        assertThat(engine.fills(a)).hasSize(2 * ROUND_TRIPS);
      }
    }
  }

  private static void roundTrips(Engine engine, Account a) {
    for (int i = 0; i < ROUND_TRIPS; i++) {
      OrderAck open = engine.placeOrder(a, order(Side.BUY));
      OrderAck close = engine.placeOrder(a, order(Side.SELL));
      if (!open.ok() || !close.ok()) {
        throw new AssertionError(open + " / " + close);
      }
    }
  }

  private static OrderRequest order(Side side) {
    return new OrderRequest(
        "ETH-USDT-SWAP", side, PosSide.LONG, OrdType.MARKET, BigDecimal.ONE, null, "", "", false);
  }
}
