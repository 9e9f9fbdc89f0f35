package io.anchorkeeper.core.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.fixtures.Instruments;
import io.anchorkeeper.core.fixtures.Positions;
import io.anchorkeeper.core.plan.Outcome;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import org.junit.jupiter.api.Test;

/**
 * AAVE 0.6 long opened at 280, mark 277.2 (profit rate -10%). Step 1 releases margin 1.68 + upl
 * -0.168 - close fee 0.6 * 0.1 * 277.2 * 0.0005 = 0.008316, i.e. 1.503684. Step 2 opens 36.0
 * contracts (100 U at 277.2): margin 36 * 27.72 / 10 = 99.792 plus fee 0.49896, i.e. 100.29096.
 */
class MaintenancePreCheckTest {

  private static final AnchorSettings DEFAULTS = AnchorSettings.defaults();
  private static final Price MARK = Price.of("277.2");
  private static final Ratio TAKER = DEFAULTS.takerFeeRate();

  private final PositionSnapshot position =
      Positions.of(Instruments.AAVE, "JAMESYI", "long")
          .size("0.6")
          .entry("280")
          .mark("277.2")
          .build();
  private final SuperMaintenancePlan plan =
      SuperMaintenancePlanner.plan(
              AnchorSlot.main(position.slot(), 0), position, Instruments.AAVE, MARK, DEFAULTS)
          .orElseThrow();

  @Test
  void addsWhatStepOneReleasesToTheFreeBalance() {
    PreCheckResult result = MaintenancePreCheck.check(plan, position, MARK, Usdt.of(99), TAKER);
    assertThat(position.profitRate()).isEqualTo(Ratio.ofPercent("-10"));
    assertThat(result.released()).isEqualTo(Usdt.of("1.503684"));
    assertThat(result.required()).isEqualTo(Usdt.of("100.29096"));
    assertThat(result.affordable()).isTrue();
  }

  @Test
  void refusesAMaintenanceTheAccountCannotAffordAndExplainsTheNumbers() {
    Outcome<SuperMaintenancePlan> approval =
        MaintenancePreCheck.approve(plan, position, MARK, Usdt.of(98), TAKER);
    assertThat(approval.refusal().orElseThrow())
        .isEqualTo(
            "cannot afford the maintenance of JAMESYI/AAVE-USDT-SWAP/long: step 1 releases 1.50"
                + " USDT (margin 1.68 USDT + unrealised PnL -0.17 USDT - close fee 0.01 USDT),"
                + " with free balance 98.00 USDT that is 99.50 USDT; step 2 needs 100.29 USDT"
                + " (margin 99.79 USDT + open fee 0.50 USDT), short by 0.79 USDT");
  }

  @Test
  void approvesAnAffordableNormalMaintenance() {
    NormalMaintenancePlan normal =
        NormalMaintenancePlanner.plan(
                AnchorSlot.main(position.slot(), 0), position, Instruments.AAVE, DEFAULTS)
            .orElseThrow();
    // opens 6.0 contracts: 16.632 U of margin, more than step 1 releases
    assertThat(MaintenancePreCheck.approve(normal, position, MARK, Usdt.ZERO, TAKER).isOk())
        .isFalse();
    assertThat(
            MaintenancePreCheck.approve(normal, position, MARK, Usdt.of(16), TAKER).orElseThrow())
        .isSameAs(normal);
  }
}
