package io.anchorkeeper.app.okx;

import static io.anchorkeeper.app.okx.TestEmulators.BTC;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.port.OrderState;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.engine.EngineSettings;
import io.anchorkeeper.okx.emulator.http.RequestRecord;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How an order becomes final: by the account's {@code orders} push, with no REST read and no
 * polling delay; by {@code GET trade/order} only when the push is lost.
 */
class OkxOrderConfirmationTest {

  private static final Duration PUSH_WAIT = Duration.ofSeconds(5);
  private OkxEmulator emulator;
  private OkxRig rig;
  private OkxAccount account;
  private SlotId btcLong;

  @BeforeEach
  void start() {
    emulator = TestEmulators.virtual();
    rig = new OkxRig(emulator, OkxAdapterSettings.defaults().withPushWait(PUSH_WAIT));
    account = rig.add(TestEmulators.newSub(emulator, "10000"));
    btcLong = SlotId.of(account.name().value(), BTC, "long");
    rig.exchange.placeMarketOrder(Orders.open(btcLong, "0.1")); // opens the private connection
    emulator.control().clearRequests();
  }

  @AfterEach
  void stop() {
    rig.close();
    emulator.close();
  }

  @Test
  void confirmsAFillByThePushWithoutReadingTheOrderOverRest() {
    long started = System.nanoTime();
    OrderReport report = rig.exchange.placeMarketOrder(Orders.open(btcLong, "0.2"));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(report.state()).isEqualTo(OrderState.FILLED);
    assertThat(report.filled()).isEqualTo(Contracts.of("0.2"));
    assertThat(report.fillCount()).isEqualTo(1);
    assertThat(took).isLessThan(PUSH_WAIT.dividedBy(5));
    assertThat(paths()).containsExactly("POST /api/v5/trade/order");
    assertThat(rig.connections.session(account.name()).orders().waiting()).isZero();
  }

  @Test
  void readsTheOrderOverRestWhenThePushIsLostAndUsesPushesAgainOnceReconnected() {
    emulator
        .control()
        .addFaultPlan(Faults.plan(Faults.dropInsteadOfPushes(account.name().value(), 1)));

    long started = System.nanoTime();
    OrderReport report = rig.exchange.placeMarketOrder(Orders.open(btcLong, "0.3"));

    assertThat(report.state()).isEqualTo(OrderState.FILLED);
    assertThat(report.filled()).isEqualTo(Contracts.of("0.3"));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PUSH_WAIT);
    assertThat(paths()).contains("GET /api/v5/trade/order");

    OkxAccountSession session = rig.connections.session(account.name());
    assertThat(session.awaitStreamReady(Duration.ofSeconds(5))).isTrue();
    emulator.control().clearRequests();
    rig.exchange.placeMarketOrder(Orders.open(btcLong, "0.1"));
    assertThat(paths()).containsExactly("POST /api/v5/trade/order");
  }

  @Test
  void aPartialFillEndsCanceledWithWhatFilled() {
    EngineSettings partial =
        new EngineSettings(
            new BigDecimal("0.0005"),
            new BigDecimal("0.0002"),
            BigDecimal.ZERO,
            1.0,
            BigDecimal.TEN);
    emulator.control().settings(partial);

    OrderReport report = rig.exchange.placeMarketOrder(Orders.open(btcLong, "1"));

    assertThat(report.state()).isEqualTo(OrderState.CANCELED);
    assertThat(report.requested()).isEqualTo(Contracts.of(1));
    assertThat(report.filled().isPositive()).isTrue();
    assertThat(report.filled().isLessThan(Contracts.of(1))).isTrue();
    assertThat(report.fillCount()).isEqualTo(1);
    assertThat(rig.exchange.findOrder(btcLong, report.clientOrderId())).contains(report);
  }

  private List<String> paths() {
    return emulator.control().requests().stream()
        .filter(r -> r.account().equals(account.name().value()))
        .map(OkxOrderConfirmationTest::describe)
        .toList();
  }

  private static String describe(RequestRecord r) {
    int query = r.path().indexOf('?');
    return r.method() + " " + (query < 0 ? r.path() : r.path().substring(0, query));
  }
}
