package io.anchorkeeper.okx.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Starting in-process is quick and listens on loopback only. */
class StartupTest {

  @Test
  void startsWellUnderASecondOnLoopback() throws Exception {
    OkxEmulator.builder().port(0).build().start().close(); // warm the class loader
    long t0 = System.nanoTime();
    try (OkxEmulator emu = OkxEmulator.builder().port(0).seed(1).build().start()) {
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      assertThat(took).isLessThan(Duration.ofMillis(1000));
      assertThat(emu.baseUrl()).startsWith("http://127.0.0.1:");
      assertThat(emu.wsPublicUrl()).isEqualTo("ws://127.0.0.1:" + emu.port() + "/ws/v5/public");
      assertThat(emu.wsPrivateUrl()).endsWith("/ws/v5/private");
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", emu.port()), 1000);
        assertThat(s.isConnected()).isTrue();
      }
    }
  }

  @Test
  void standaloneAccountsAreTheSameForTheSameSeed() {
    assertThat(DefaultAccounts.generate(42, 3, BigDecimal.TEN, BigDecimal.ONE))
        .isEqualTo(DefaultAccounts.generate(42, 3, BigDecimal.TEN, BigDecimal.ONE))
        .hasSize(4);
  }
}
