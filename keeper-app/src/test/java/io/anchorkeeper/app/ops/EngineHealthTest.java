package io.anchorkeeper.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.app.persistence.TestClock;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.slot.SlotId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class EngineHealthTest {

  private static final SlotId SOL = SlotId.of("sub02", "SOL-USDT-SWAP", "long");
  private static final SlotId BTC = SlotId.of("main", "BTC-USDT-SWAP", "long");

  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T08:00:00Z"));
  private final Map<SlotId, ProcedureId> lanes = new ConcurrentHashMap<>();
  private final ProcedureWatch watch =
      new ProcedureWatch(
          () -> List.of(SOL, BTC),
          slot -> Optional.ofNullable(lanes.get(slot)),
          clock,
          Duration.ofMinutes(10));
  private final EngineHealthIndicator indicator =
      new EngineHealthIndicator(watch, Duration.ofMinutes(10));

  private ProcedureId start(SlotId slot) {
    ProcedureId id = ProcedureId.generate(clock, new Random(1));
    lanes.put(slot, id);
    return id;
  }

  @Test
  void runningProceduresAreHealthy() {
    start(SOL);

    Health health = indicator.health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("running", 1);
  }

  @Test
  void aProcedureWaitingOnTheExchangeIsDownUntilItsLaneIsReleased() {
    ProcedureId id = start(SOL);
    watch.onInterrupted(SOL, id, "50001 service unavailable", false, 1);

    assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(indicator.health().getDetails().get("interrupted").toString()).contains(id.value());

    lanes.remove(SOL);
    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void aProcedureRunningPastTheLimitIsStuck() {
    ProcedureId id = start(BTC);
    clock.advance(Duration.ofMinutes(11));

    Health health = indicator.health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails().get("stuck").toString()).contains(id.value()).contains("main");
  }
}
