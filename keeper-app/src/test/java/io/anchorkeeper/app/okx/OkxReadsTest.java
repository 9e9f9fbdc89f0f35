package io.anchorkeeper.app.okx;

import static io.anchorkeeper.app.okx.TestEmulators.BTC;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.port.SlotState;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Usdt;
import io.anchorkeeper.okx.emulator.OkxEmulator;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads that save round trips: a slot's state in parallel, instrument specs from the cache. */
class OkxReadsTest {

  private static final long SLOW_MS = 600;
  private OkxEmulator emulator;
  private OkxRig rig;
  private SlotId btcLong;

  @BeforeEach
  void start() {
    emulator = TestEmulators.virtual();
    rig = new OkxRig(emulator, OkxRig.settings());
    OkxAccount account = rig.add(TestEmulators.newSub(emulator, "10000"));
    btcLong = SlotId.of(account.name().value(), BTC, "long");
  }

  @AfterEach
  void stop() {
    rig.close();
    emulator.close();
  }

  @Test
  void readsTheSlotsPositionAndBalanceSideBySide() {
    rig.exchange.slotState(btcLong); // connections and server time settled
    String account = btcLong.account().value();
    emulator
        .control()
        .addFaultPlan(
            Faults.plan(
                Faults.latency("GET", "/api/v5/account/positions", account, SLOW_MS),
                Faults.latency("GET", "/api/v5/account/balance", account, SLOW_MS)));

    long started = System.nanoTime();
    SlotState state = rig.exchange.slotState(btcLong);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(state.position()).isEmpty();
    assertThat(state.availableBalance()).isEqualTo(Usdt.of(10000));
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(SLOW_MS));
    assertThat(took).isLessThan(Duration.ofMillis(SLOW_MS * 2 - 100));
  }

  @Test
  void readsTheSwapListAtStartTiersOnFirstUseAndThenServesBothFromTheCache() {
    InstrumentId btc = InstrumentId.of(BTC);
    emulator.control().clearRequests();

    rig.connections.loadInstruments();
    assertThat(paths()).containsExactly("/api/v5/public/instruments");

    rig.exchange.instrument(btc);
    assertThat(paths()).containsExactly("/api/v5/public/position-tiers");

    rig.exchange.instrument(btc);
    assertThat(paths()).isEmpty();

    rig.connections.refreshInstruments();
    rig.exchange.instrument(btc);
    assertThat(paths())
        .containsExactly("/api/v5/public/instruments", "/api/v5/public/position-tiers");
  }

  /** The paths requested since the last call. */
  private List<String> paths() {
    List<String> paths =
        emulator.control().requests().stream()
            .map(r -> r.path().substring(0, r.path().indexOf('?')))
            .toList();
    emulator.control().clearRequests();
    return paths;
  }
}
