package io.anchorkeeper.app.okx;

import static io.anchorkeeper.app.okx.TestEmulators.BTC;
import static io.anchorkeeper.app.okx.TestEmulators.ETH;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.engine.Account;
import io.anchorkeeper.okx.emulator.engine.OrdType;
import io.anchorkeeper.okx.emulator.engine.OrderRequest;
import io.anchorkeeper.okx.emulator.engine.PosMode;
import io.anchorkeeper.okx.emulator.engine.PosSide;
import io.anchorkeeper.okx.emulator.engine.Side;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link OkxExchange#ensureFit}: what it puts right, and what it only reports. */
class OkxAccountFitnessTest {

  private OkxEmulator emulator;
  private OkxRig rig;
  private OkxAccount account;
  private Account onEmulator;
  private SlotId btcLong;
  private SlotId btcShort;

  @BeforeEach
  void start() {
    emulator = TestEmulators.virtual();
    rig = new OkxRig(emulator, OkxRig.settings());
    account = rig.add(TestEmulators.newSub(emulator, "10000"));
    onEmulator = emulator.engine().accounts().byName(account.name().value()).orElseThrow();
    btcLong = SlotId.of(account.name().value(), BTC, "long");
    btcShort = SlotId.of(account.name().value(), BTC, "short");
  }

  @AfterEach
  void stop() {
    rig.close();
    emulator.close();
  }

  @Test
  void aFitAccountIsLeftAsItIs() {
    FitnessReport report =
        rig.exchange.ensureFit(
            account.name(),
            List.of(LeverageTarget.of(btcLong, 10), LeverageTarget.of(btcShort, 10)));

    assertThat(report.isFit()).isTrue();
    assertThat(report.changes()).isEmpty();
    assertThat(report.toString()).contains("is fit");
  }

  @Test
  void switchesAFlatAccountFromNetModeToHedgeMode() {
    emulator.engine().setPositionMode(onEmulator, PosMode.NET);

    FitnessReport report = rig.exchange.ensureFit(account.name(), List.of());

    assertThat(report.isFit()).isTrue();
    assertThat(report.changes()).containsExactly("position mode net_mode -> long_short_mode");
    assertThat(emulator.engine().positionMode(onEmulator)).isEqualTo(PosMode.LONG_SHORT);
  }

  @Test
  void leavesNetModeAloneWhilePositionsAreOpenAndSaysWhatToDo() {
    emulator.engine().setPositionMode(onEmulator, PosMode.NET);
    emulator
        .engine()
        .placeOrder(
            onEmulator,
            new OrderRequest(
                BTC,
                Side.BUY,
                PosSide.NET,
                OrdType.MARKET,
                BigDecimal.ONE,
                null,
                "net1",
                "",
                false));

    FitnessReport report =
        rig.exchange.ensureFit(account.name(), List.of(LeverageTarget.of(btcLong, 5)));

    assertThat(report.isFit()).isFalse();
    assertThat(report.changes()).isEmpty();
    assertThat(report.problems())
        .singleElement()
        .asString()
        .contains("net_mode", "1 open swap position", "close them");
    assertThat(emulator.engine().positionMode(onEmulator)).isEqualTo(PosMode.NET);
  }

  @Test
  void refusesAnAccountOutsideFuturesModeWithAClearMessage() {
    emulator.control().setAccountLevel(account.name().value(), 3);

    FitnessReport report =
        rig.exchange.ensureFit(account.name(), List.of(LeverageTarget.of(btcLong, 5)));

    assertThat(report.isFit()).isFalse();
    assertThat(report.changes()).isEmpty();
    assertThat(report.problems())
        .singleElement()
        .asString()
        .contains("multi-currency margin mode", "acctLv 3", "futures mode (acctLv 2)");
    assertThat(rig.exchange.leverage(btcLong)).contains(Leverage.of(10));
  }

  @Test
  void setsTheLeverageOfEachSideOnlyWhereItDiffers() {
    SlotId ethShort = SlotId.of(account.name().value(), ETH, "short");

    FitnessReport report =
        rig.exchange.ensureFit(
            account.name(),
            List.of(
                LeverageTarget.of(btcLong, 10),
                LeverageTarget.of(btcShort, 5),
                LeverageTarget.of(ethShort, 20)));

    assertThat(report.isFit()).isTrue();
    assertThat(report.changes())
        .containsExactly(
            "leverage of " + btcShort + " 10x -> 5x", "leverage of " + ethShort + " 10x -> 20x");
    assertThat(rig.exchange.leverage(btcLong)).contains(Leverage.of(10));
    assertThat(rig.exchange.leverage(btcShort)).contains(Leverage.of(5));
    assertThat(rig.exchange.leverage(ethShort)).contains(Leverage.of(20));
  }

  @Test
  void leavesTheLeverageOfASideWithPendingOrdersAlone() {
    emulator
        .engine()
        .placeOrder(
            onEmulator,
            new OrderRequest(
                BTC,
                Side.SELL,
                PosSide.SHORT,
                OrdType.LIMIT,
                new BigDecimal("0.1"),
                new BigDecimal("120000"),
                "rest1",
                "",
                false));

    FitnessReport report =
        rig.exchange.ensureFit(
            account.name(), List.of(LeverageTarget.of(btcLong, 5), LeverageTarget.of(btcShort, 5)));

    assertThat(report.changes()).containsExactly("leverage of " + btcLong + " 10x -> 5x");
    assertThat(report.problems())
        .singleElement()
        .asString()
        .contains(btcShort.toString(), "orders are pending");
    assertThat(rig.exchange.leverage(btcShort)).contains(Leverage.of(10));
  }

  @Test
  void theReportNamesNoSecret() {
    emulator.control().setAccountLevel(account.name().value(), 1);

    String report = rig.exchange.ensureFit(account.name(), List.of()).toString();

    assertThat(report)
        .doesNotContain(TestEmulators.secret(account.name().value()))
        .doesNotContain(TestEmulators.passphrase(account.name().value()))
        .doesNotContain(account.credentials().apiKey());
  }
}
