package io.anchorkeeper.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.app.engine.AlertLog;
import io.anchorkeeper.core.notify.Alert;
import io.anchorkeeper.core.notify.AlertKind;
import io.anchorkeeper.core.notify.Severity;
import io.anchorkeeper.core.port.Exchange;
import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.port.RejectReason;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.okx.client.ratelimit.LimitScope;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpsMetersTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  /** An exchange whose every call throws {@code failure}. */
  private static Exchange failing(RuntimeException failure) {
    return (Exchange)
        Proxy.newProxyInstance(
            Exchange.class.getClassLoader(),
            new Class<?>[] {Exchange.class},
            (proxy, method, args) -> {
              throw failure;
            });
  }

  @Test
  void aRefusedOrderIsTimedUnderItsOutcomeAndTheRefusalPassesThrough() {
    ExchangeException refusal =
        new ExchangeException.Rejected(RejectReason.OTHER, "51008", "insufficient margin");
    TimedExchange exchange = new TimedExchange(failing(refusal), registry);

    assertThatThrownBy(() -> exchange.placeMarketOrder(null)).isSameAs(refusal);

    assertThat(
            registry
                .get("keeper.exchange.order.latency")
                .tag("outcome", "rejected")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(registry.get("keeper.exchange.order.latency").tag("outcome", "ok").timer().count())
        .isZero();
  }

  @Test
  void everyProcedureTypeAndOutcomeIsCountedFromZero() {
    new ProcedureMetrics(registry);

    assertThat(registry.find("keeper.procedures").counters()).hasSize(15);
    assertThat(
            registry
                .get("keeper.procedures")
                .tag("type", "super_maintenance")
                .tag("outcome", "failed")
                .counter()
                .count())
        .isZero();
  }

  @Test
  void rateLimitWaitsAreTimedAndTheDelayedOnesCounted() {
    RateLimitMetrics metrics = new RateLimitMetrics(registry);

    metrics.onPermit("POST /api/v5/trade/order", LimitScope.UID, Duration.ZERO);
    metrics.onPermit("POST /api/v5/trade/order", LimitScope.UID, Duration.ofMillis(300));

    assertThat(registry.get("keeper.okx.ratelimit.wait").tag("scope", "uid").timer().count())
        .isEqualTo(2);
    assertThat(registry.get("keeper.okx.ratelimit.delayed").counter().count()).isEqualTo(1);
  }

  @Test
  void anAlertIsCountedEvenWhenSavingItFails() {
    List<Alert> saved = new ArrayList<>();
    AlertLog log = new AlertMetrics(registry).around(saved::add);
    Alert alert =
        Alert.about(
            AlertKind.CAP_REACHED,
            Severity.WARNING,
            SlotId.of("sub01", "CRO-USDT-SWAP", "long"),
            "cap",
            Instant.parse("2026-03-01T08:00:00Z"));

    log.save(alert);
    AlertLog broken =
        new AlertMetrics(registry)
            .around(
                a -> {
                  throw new IllegalStateException("database down");
                });
    assertThatThrownBy(() -> broken.save(alert)).hasMessage("database down");

    assertThat(saved).containsExactly(alert);
    assertThat(
            registry
                .get("keeper.alerts")
                .tag("kind", "cap_reached")
                .tag("severity", "warning")
                .counter()
                .count())
        .isEqualTo(2);
  }
}
