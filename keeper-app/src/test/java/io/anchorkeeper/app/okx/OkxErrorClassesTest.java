package io.anchorkeeper.app.okx;

import static io.anchorkeeper.app.okx.TestEmulators.BTC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.port.MarketOrder;
import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.port.OrderState;
import io.anchorkeeper.core.port.RejectReason;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.okx.client.auth.OkxCredentials;
import io.anchorkeeper.okx.emulator.OkxEmulator;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each failure the emulator can produce, as the core sees it. */
class OkxErrorClassesTest {

  private static final Duration CLIENT_TIMEOUT = Duration.ofMillis(600);
  private OkxEmulator emulator;
  private OkxRig rig;
  private OkxAccount account;
  private SlotId btcLong;

  @BeforeEach
  void start() {
    emulator = TestEmulators.virtual();
    rig = new OkxRig(emulator, OkxRig.settings(), CLIENT_TIMEOUT);
    account = rig.add(TestEmulators.newSub(emulator, "10000"));
    btcLong = SlotId.of(account.name().value(), BTC, "long");
  }

  @AfterEach
  void stop() {
    rig.close();
    emulator.close();
  }

  @Test
  void aServiceUnavailableAnswerIsUnavailable() {
    emulator
        .control()
        .addFaultPlan(
            Faults.plan(
                Faults.httpError("GET", "/api/v5/account/balance", name(), 1, 503, "50001")));

    ExchangeException.Unavailable e =
        failure(
            ExchangeException.Unavailable.class,
            () -> rig.exchange.availableBalance(account.name()));

    assertThat(e.retryable()).isTrue();
    assertThat(e.getMessage()).contains("50001");
    assertThat(rig.exchange.availableBalance(account.name()).isPositive()).isTrue();
  }

  @Test
  void anOrderAnsweredWithServiceUnavailableWasNotExecuted() {
    emulator
        .control()
        .addFaultPlan(Faults.plan(Faults.httpError("POST", Faults.PLACE, name(), 1, 503, "50001")));
    MarketOrder order = Orders.open(btcLong, "0.1");

    failure(ExchangeException.Unavailable.class, () -> rig.exchange.placeMarketOrder(order));

    assertThat(rig.exchange.findOrder(btcLong, order.clientOrderId())).isEmpty();
    assertThat(rig.exchange.position(btcLong)).isEmpty();
  }

  @Test
  void aRateLimitAnswerIsRateLimited() {
    emulator
        .control()
        .addFaultPlan(Faults.plan(Faults.rateLimit("GET", "/api/v5/account/positions", name(), 1)));

    ExchangeException.RateLimited e =
        failure(ExchangeException.RateLimited.class, () -> rig.exchange.positions(account.name()));

    assertThat(e.retryable()).isTrue();
  }

  @Test
  void aTimeoutAfterExecutionIsAnUnknownOutcomeThatFindOrderResolves() {
    emulator
        .control()
        .addFaultPlan(
            Faults.plan(Faults.timeoutAfterExecution(name(), 0, CLIENT_TIMEOUT.toMillis() * 3)));
    MarketOrder order = Orders.open(btcLong, "0.4");

    ExchangeException.OutcomeUnknown e =
        failure(ExchangeException.OutcomeUnknown.class, () -> rig.exchange.placeMarketOrder(order));

    assertThat(e.retryable()).isFalse();
    OrderReport found = rig.exchange.findOrder(btcLong, order.clientOrderId()).orElseThrow();
    assertThat(found.state()).isEqualTo(OrderState.FILLED);
    assertThat(found.filled()).isEqualTo(Contracts.of("0.4"));
    assertThat(rig.exchange.position(btcLong).orElseThrow().size()).isEqualTo(Contracts.of("0.4"));
  }

  @Test
  void aKeyOkxRefusesIsARejectionNotARetryAndNamesNoSecret() {
    OkxCredentials real = TestEmulators.credentials(name());
    OkxAccount wrong =
        rig.add(
            OkxAccount.sub(
                "wrongsecret", OkxCredentials.of(real.apiKey() + "x", "NOT-THE-SECRET", "nope")));

    ExchangeException.Rejected e =
        failure(
            ExchangeException.Rejected.class, () -> rig.exchange.availableBalance(wrong.name()));

    assertThat(e.reason()).isEqualTo(RejectReason.OTHER);
    assertThat(e.code()).startsWith("501");
    assertThat(e.retryable()).isFalse();
    assertThat(e.getMessage()).contains("API key").doesNotContain("NOT-THE-SECRET", "nope");
  }

  private String name() {
    return account.name().value();
  }

  private static <E extends ExchangeException> E failure(Class<E> type, Runnable call) {
    E e = catchThrowableOfType(type, call::run);
    assertThat(e).as("expected %s", type.getSimpleName()).isNotNull();
    assertThat(e.getMessage()).doesNotContain("SECRET", "Pass-");
    return e;
  }
}
