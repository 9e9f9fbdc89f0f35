package io.anchorkeeper.okx.emulator.rest;

import static io.anchorkeeper.okx.emulator.support.Orders.market;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.support.Emulators;
import io.anchorkeeper.okx.emulator.support.OkxHttp;
import io.anchorkeeper.okx.emulator.support.OkxHttp.Reply;
import io.anchorkeeper.okx.emulator.support.TestAccount;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OKX's per-endpoint limits, keyed by IP, uid or uid+instrument, in 2 s windows. */
class RateLimitTest {

  private static final TestAccount SUB1 = TestAccount.sub("sub1", "100000");
  private static final TestAccount SUB2 = TestAccount.sub("sub2", "100000");
  private OkxEmulator emu;

  @BeforeEach
  void start() {
    emu =
        Emulators.fixed(TestAccount.main("main", "0"), SUB1, SUB2).rateLimits(true).build().start();
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  @Test
  void publicTimeAllowsTenPerTwoSecondsPerIp() {
    OkxHttp http = OkxHttp.anonymous(emu);
    for (int i = 0; i < 10; i++) {
      assertThat(http.get("/api/v5/public/time").code()).isEqualTo("0");
    }
    Reply limited = http.get("/api/v5/public/time");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.raw()).isEqualTo("{\"msg\":\"Too Many Requests\",\"code\":\"50011\"}");
    emu.control().advanceClock(Duration.ofMillis(1999));
    assertThat(http.get("/api/v5/public/time").code()).isEqualTo("50011");
    emu.control().advanceClock(Duration.ofMillis(1));
    assertThat(http.get("/api/v5/public/time").code()).isEqualTo("0");
  }

  @Test
  void balanceAllowsTenPerTwoSecondsPerUid() {
    OkxHttp sub1 = new OkxHttp(emu, SUB1);
    for (int i = 0; i < 10; i++) {
      assertThat(sub1.get("/api/v5/account/balance").code()).isEqualTo("0");
    }
    assertThat(sub1.get("/api/v5/account/balance").code()).isEqualTo("50011");
    assertThat(new OkxHttp(emu, SUB2).get("/api/v5/account/balance").code())
        .as("another sub-account has its own uid and budget")
        .isEqualTo("0");
  }

  @Test
  void ordersAllowSixtyPerTwoSecondsPerUidAndInstrument() {
    emu.control().setMarkPrice("BTC-USDT-SWAP", new BigDecimal("100000"));
    emu.control().setMarkPrice("ETH-USDT-SWAP", new BigDecimal("3000"));
    OkxHttp sub1 = new OkxHttp(emu, SUB1);
    for (int i = 0; i < 60; i++) {
      assertThat(
              sub1.post("/api/v5/trade/order", market("BTC-USDT-SWAP", "buy", "long", "0.01"))
                  .code())
          .isEqualTo("0");
    }
    Reply limited =
        sub1.post("/api/v5/trade/order", market("BTC-USDT-SWAP", "buy", "long", "0.01"));
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.code()).isEqualTo("50011");
    assertThat(
            sub1.post("/api/v5/trade/order", market("ETH-USDT-SWAP", "buy", "long", "0.01")).code())
        .as("another instrument has its own budget")
        .isEqualTo("0");
  }

  @Test
  void subAccountListAllowsTwoPerTwoSeconds() {
    OkxHttp main = new OkxHttp(emu, TestAccount.main("main", "0"));
    assertThat(main.get("/api/v5/users/subaccount/list").code()).isEqualTo("0");
    assertThat(main.get("/api/v5/users/subaccount/list").code()).isEqualTo("0");
    assertThat(main.get("/api/v5/users/subaccount/list").code()).isEqualTo("50011");
  }
}
