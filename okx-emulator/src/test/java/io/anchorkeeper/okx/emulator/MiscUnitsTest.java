package io.anchorkeeper.okx.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import io.anchorkeeper.okx.emulator.clock.TaskScheduler;
import io.anchorkeeper.okx.emulator.instrument.Instrument;
import io.anchorkeeper.okx.emulator.instrument.InstrumentFile;
import io.anchorkeeper.okx.emulator.ratelimit.RateLimiter;
import io.anchorkeeper.okx.emulator.ratelimit.RateRule;
import io.anchorkeeper.okx.emulator.ratelimit.RateScope;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue file, the scheduler on a virtual clock and the sliding-window limiter. */
class MiscUnitsTest {

  @Test
  void catalogueHoldsTheRequiredSwapsWithTheirSpecs() {
    Map<String, Instrument> byId =
        InstrumentFile.defaults().stream()
            .collect(Collectors.toMap(Instrument::instId, Function.identity()));
    assertThat(byId.keySet())
        .contains(
            "BTC-USDT-SWAP",
            "ETH-USDT-SWAP",
            "SOL-USDT-SWAP",
            "AAVE-USDT-SWAP",
            "CRO-USDT-SWAP",
            "APT-USDT-SWAP",
            "DOGE-USDT-SWAP",
            "XRP-USDT-SWAP");
    Instrument eth = byId.get("ETH-USDT-SWAP");
    assertThat(eth.ctVal()).isEqualByComparingTo("0.1");
    assertThat(eth.maxMktSz()).isEqualByComparingTo("67000");
    Instrument aave = byId.get("AAVE-USDT-SWAP");
    assertThat(aave.tiers().get(1).minSz()).isEqualByComparingTo("4500.1");
    assertThat(aave.tierFor(new BigDecimal("4500")).orElseThrow().tier()).isEqualTo(1);
    assertThat(aave.tierFor(new BigDecimal("4500.1")).orElseThrow().tier()).isEqualTo(2);
    assertThat(byId.get("DOGE-USDT-SWAP").ctVal()).isEqualByComparingTo("1000");
    for (Instrument i : byId.values()) {
      assertThat(i.tiers().get(0).maxLever()).as(i.instId()).isEqualByComparingTo(i.maxLever());
      assertThat(i.isLotMultiple(i.minSz())).as(i.instId()).isTrue();
      assertThat(i.isTickMultiple(i.roundToTick(i.initialPx(), java.math.RoundingMode.HALF_UP)))
          .isTrue();
    }
  }

  @Test
  void readsAnExtraInstrumentFromJson() {
    String json =
        "{\"instId\":\"PEPE-USDT-SWAP\",\"ctVal\":10000000,\"ctValCcy\":\"PEPE\",\"lotSz\":\"1\",\"minSz\":\"1\",\"tickSz\":\"0.0000000001\",\"maxMktSz\":\"1000\",\"lever\":\"50\",\"initialPx\":\"0.00001\",\"tiers\":[{\"tier\":1,\"minSz\":0,\"maxSz\":1000,\"mmr\":\"0.01\",\"imr\":\"0.02\",\"maxLever\":50}]}";
    Instrument pepe = InstrumentFile.parse(json).get(0);
    assertThat(pepe.instFamily()).isEqualTo("PEPE-USDT");
    assertThat(pepe.ctVal()).isEqualByComparingTo("10000000");
    assertThatThrownBy(() -> InstrumentFile.parse("{\"instId\":\"X-USDT-SWAP\"}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void schedulerRunsDueTasksInOrderOnAVirtualClock() {
    EmulatorClock clock = EmulatorClock.virtual(Instant.EPOCH);
    List<String> ran = new ArrayList<>();
    try (TaskScheduler s = new TaskScheduler(clock)) {
      s.every(Duration.ofSeconds(2), () -> ran.add("two@" + clock.millis()));
      s.every(Duration.ofSeconds(3), () -> ran.add("three@" + clock.millis()));
      s.advance(Duration.ofSeconds(6));
      assertThat(ran)
          .containsExactly("two@2000", "three@3000", "two@4000", "two@6000", "three@6000");
      assertThat(clock.millis()).isEqualTo(6000);
    }
    try (TaskScheduler real = new TaskScheduler(EmulatorClock.system())) {
      assertThatThrownBy(() -> real.advance(Duration.ofSeconds(1)))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void limiterCountsInASlidingWindow() {
    RateLimiter limiter = new RateLimiter();
    RateRule rule = RateRule.per2s(3, RateScope.UID);
    assertThat(limiter.tryAcquire("k", rule, 2, 0)).isTrue();
    assertThat(limiter.tryAcquire("k", rule, 1, 1000)).isTrue();
    assertThat(limiter.tryAcquire("k", rule, 1, 1999)).isFalse();
    assertThat(limiter.tryAcquire("other", rule, 3, 1999)).isTrue();
    assertThat(limiter.tryAcquire("k", rule, 2, 2000))
        .as("the weight-2 entry left the window")
        .isTrue();
    assertThat(limiter.tryAcquire("k", rule, 1, 2500)).isFalse();
  }
}
