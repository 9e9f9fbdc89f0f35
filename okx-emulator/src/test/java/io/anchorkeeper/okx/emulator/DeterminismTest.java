package io.anchorkeeper.okx.emulator;

import static io.anchorkeeper.okx.emulator.support.Orders.market;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import io.anchorkeeper.okx.emulator.engine.EngineSettings;
import io.anchorkeeper.okx.emulator.support.Emulators;
import io.anchorkeeper.okx.emulator.support.OkxHttp;
import io.anchorkeeper.okx.emulator.support.TestAccount;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The same seed gives the same price path and the same fills; another seed does not. */
class DeterminismTest {

  private static final TestAccount SUB = TestAccount.sub("sub1", "100000");

  @Test
  void sameSeedSamePricesAndFills() {
    Run a = run(42);
    Run b = run(42);
    assertThat(a.prices()).isEqualTo(b.prices());
    assertThat(a.fills()).isEqualTo(b.fills());
    assertThat(a.prices()).doesNotHaveDuplicates();
    assertThat(a.fills()).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void anotherSeedAnotherPath() {
    assertThat(run(42).prices()).isNotEqualTo(run(43).prices());
  }

  private record Run(List<String> prices, List<String> fills) {}

  /** Ten minutes of a seeded walk, a market order every minute, partial fills switched on. */
  private static Run run(long seed) {
    EngineSettings settings =
        new EngineSettings(
            new BigDecimal("0.0005"),
            new BigDecimal("0.0002"),
            new BigDecimal("0.0001"),
            0.5,
            BigDecimal.TEN);
    try (OkxEmulator emu =
        OkxEmulator.builder()
            .port(0)
            .seed(seed)
            .clock(EmulatorClock.virtual(Emulators.START))
            .volatility(0.001)
            .settings(settings)
            .rateLimits(false)
            .account(TestAccount.main("main", "0").spec())
            .account(SUB.spec())
            .build()
            .start()) {
      OkxHttp http = new OkxHttp(emu, SUB);
      List<String> prices = new ArrayList<>();
      for (int minute = 0; minute < 10; minute++) {
        emu.control().advanceClock(Duration.ofMinutes(1));
        prices.add(emu.control().quote("BTC-USDT-SWAP").markPx().toPlainString());
        prices.add(emu.control().quote("DOGE-USDT-SWAP").markPx().toPlainString());
        http.post(
            "/api/v5/trade/order",
            market("BTC-USDT-SWAP", minute % 2 == 0 ? "buy" : "sell", "long", "1"));
      }
      List<String> fills = new ArrayList<>();
      for (JsonNode f : http.get("/api/v5/trade/fills?limit=100").body().path("data")) {
        fills.add(
            f.path("fillPx").asString()
                + "x"
                + f.path("fillSz").asString()
                + "@"
                + f.path("ts").asString());
      }
      return new Run(prices, fills);
    }
  }
}
