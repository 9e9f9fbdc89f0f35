package io.anchorkeeper.okx.emulator.rest;

import static io.anchorkeeper.okx.emulator.support.Orders.market;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.support.Emulators;
import io.anchorkeeper.okx.emulator.support.OkxHttp;
import io.anchorkeeper.okx.emulator.support.TestAccount;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The account mode ({@code acctLv}) set through the control API, as a trader sets it on the web.
 */
class AccountLevelTest {

  private static final TestAccount SUB = TestAccount.sub("sub1", "10000");
  private OkxEmulator emu;
  private OkxHttp http;

  @BeforeEach
  void start() {
    emu = Emulators.started(TestAccount.main("main", "0"), SUB);
    http = new OkxHttp(emu, SUB);
    emu.control().setMarkPrice("BTC-USDT-SWAP", new BigDecimal("100000"));
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  @Test
  void accountsStartInFuturesModeAndShowTheModeTheyAreSetTo() {
    assertThat(http.get("/api/v5/account/config").item().path("acctLv").asString()).isEqualTo("2");

    emu.control().setAccountLevel("sub1", 3);

    assertThat(http.get("/api/v5/account/config").item().path("acctLv").asString()).isEqualTo("3");
  }

  @Test
  void outsideFuturesModeIsolatedOrdersAreRefusedWith51010() {
    emu.control().setAccountLevel("sub1", 4);

    OkxHttp.Reply r = http.post("/api/v5/trade/order", market("BTC-USDT-SWAP", "buy", "long", "1"));

    assertThat(r.item().path("sCode").asString()).isEqualTo("51010");
    assertThat(emu.control().account("sub1").positions()).isEmpty();
  }

  @Test
  void refusesAModeOkxDoesNotHave() {
    assertThatThrownBy(() -> emu.control().setAccountLevel("sub1", 5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
