package io.anchorkeeper.app.okx;

import static io.anchorkeeper.app.okx.TestEmulators.BTC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.port.MarketOrder;
import io.anchorkeeper.core.port.OrderState;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.okx.emulator.OkxEmulator;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every order carries OKX's {@code expTime} = send time + the order expiry, so an order delayed on
 * its way beyond its expiry is dropped by the exchange, never executed late. Real time here: the
 * emulator's latency fault sleeps, and the deadline is checked on its system clock.
 */
class OkxExpTimeTest {

  private static final Duration EXPIRY = Duration.ofMillis(400);
  private OkxEmulator emulator;
  private OkxRig rig;
  private SlotId btcLong;

  @BeforeEach
  void start() {
    emulator = TestEmulators.realTime(false);
    rig = new OkxRig(emulator, OkxRig.settings().withOrderExpiry(EXPIRY));
    OkxAccount account = rig.add(TestEmulators.newSub(emulator, "10000"));
    btcLong = SlotId.of(account.name().value(), BTC, "long");
  }

  @AfterEach
  void stop() {
    rig.close();
    emulator.close();
  }

  @Test
  void anOrderDelayedPastItsExpiryIsRefusedAndNeverExecuted() {
    emulator
        .control()
        .addFaultPlan(
            Faults.plan(
                Faults.latency(
                    "POST", Faults.PLACE, btcLong.account().value(), EXPIRY.toMillis() * 3)));
    MarketOrder order = Orders.open(btcLong, "0.1");

    ExchangeException.Unavailable e =
        catchThrowableOfType(
            ExchangeException.Unavailable.class, () -> rig.exchange.placeMarketOrder(order));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("not executed").contains("50036");
    assertThat(rig.exchange.findOrder(btcLong, order.clientOrderId())).isEmpty();
    assertThat(rig.exchange.position(btcLong)).isEmpty();
  }

  @Test
  void anOrderArrivingWithinItsExpiryExecutes() {
    emulator
        .control()
        .addFaultPlan(
            Faults.plan(
                Faults.latency(
                    "POST", Faults.PLACE, btcLong.account().value(), EXPIRY.toMillis() / 4)));

    assertThat(rig.exchange.placeMarketOrder(Orders.open(btcLong, "0.1")).state())
        .isEqualTo(OrderState.FILLED);
  }
}
