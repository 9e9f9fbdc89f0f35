package io.anchorkeeper.okx.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import io.anchorkeeper.okx.emulator.market.PriceSource;
import io.anchorkeeper.okx.emulator.support.Emulators;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where prices come from: a seeded walk per step, a replayed CSV, or a fixed price. */
class PriceSourcesTest {

  @Test
  void replaysACandleCsvOneCloseAPriceStep(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("sol.csv");
    Files.writeString(
        csv,
        "ts,open,high,low,close\n"
            + "1767571200000,150,151,149,150.5\n"
            + "1767571260000,150.5,152,150,151.75\n"
            + "1767571320000,151.75,153,151,152.01\n");
    try (OkxEmulator emu =
        OkxEmulator.builder()
            .port(0)
            .clock(EmulatorClock.virtual(Emulators.START))
            .priceStep(Duration.ofSeconds(10))
            .replay("SOL-USDT-SWAP", csv)
            .build()
            .start()) {
      assertThat(mark(emu, "SOL-USDT-SWAP")).isEqualByComparingTo("150.5");
      emu.control().advanceClock(Duration.ofSeconds(10));
      assertThat(mark(emu, "SOL-USDT-SWAP")).isEqualByComparingTo("151.75");
      emu.control().advanceClock(Duration.ofSeconds(30));
      assertThat(mark(emu, "SOL-USDT-SWAP")).isEqualByComparingTo("152.01");
    }
  }

  @Test
  void walksEachStepAndCanBeHeldStill() {
    try (OkxEmulator emu =
        OkxEmulator.builder()
            .port(0)
            .clock(EmulatorClock.virtual(Emulators.START))
            .startPrice("ETH-USDT-SWAP", new BigDecimal("2500"))
            .build()
            .start()) {
      assertThat(mark(emu, "ETH-USDT-SWAP")).isEqualByComparingTo("2500");
      emu.control().advanceClock(Duration.ofSeconds(1));
      BigDecimal afterOneStep = mark(emu, "ETH-USDT-SWAP");
      assertThat(afterOneStep).isNotEqualByComparingTo("2500");
      assertThat(afterOneStep.remainder(new BigDecimal("0.01"))).as("on the tick").isZero();
      emu.control().priceSource("ETH-USDT-SWAP", PriceSource.fixed());
      emu.control().advanceClock(Duration.ofMinutes(1));
      assertThat(mark(emu, "ETH-USDT-SWAP")).isEqualByComparingTo(afterOneStep);
    }
  }

  private static BigDecimal mark(OkxEmulator emu, String instId) {
    return emu.control().quote(instId).markPx();
  }
}
