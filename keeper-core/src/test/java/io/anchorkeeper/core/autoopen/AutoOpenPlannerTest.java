package io.anchorkeeper.core.autoopen;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.fixtures.Instruments;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.plan.Outcome;
import io.anchorkeeper.core.plan.PlannedOrder;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Usdt;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AutoOpenPlannerTest {

  private static final AnchorSettings DEFAULTS = AnchorSettings.defaults();

  private static SlotId slot(InstrumentSpec spec) {
    return SlotId.of("Wu666666", spec.instId().value(), "long");
  }

  private static Outcome<AutoOpenPlan> plan(
      InstrumentSpec spec,
      String mark,
      AnchorSettings settings,
      Optional<Leverage> current,
      boolean pending) {
    return AutoOpenPlanner.plan(slot(spec), spec, Price.of(mark), settings, current, pending);
  }

  @Test
  void opensTenUsdtOfMarginRoundedDownToTheLot() {
    AutoOpenPlan plan =
        plan(Instruments.CRO, "0.0953", DEFAULTS, Optional.of(Leverage.of(10)), false)
            .orElseThrow();
    // 10 * 10 / (0.0953 * 10) = 104.93 -> 104
    assertThat(plan.open())
        .isEqualTo(new PlannedOrder(1, OrderPurpose.AUTO_OPEN, Contracts.of(104)));
    assertThat(plan.open().opensPosition()).isTrue();
    assertThat(plan.setLeverage()).isEmpty();
  }

  @Test
  void setsTheLeverageFirstWhenItDiffersOrIsUnknown() {
    assertThat(
            plan(Instruments.BTC, "97345.6", DEFAULTS, Optional.of(Leverage.of(20)), false)
                .orElseThrow()
                .setLeverage())
        .contains(Leverage.of(10));
    assertThat(
            plan(Instruments.BTC, "97345.6", DEFAULTS, Optional.empty(), false)
                .orElseThrow()
                .setLeverage())
        .contains(Leverage.of(10));
  }

  @Test
  void waitsWhenTheLeverageMustChangeWhileOrdersArePending() {
    assertThat(
            plan(Instruments.BTC, "97345.6", DEFAULTS, Optional.of(Leverage.of(20)), true)
                .refusal())
        .contains(
            "leverage of Wu666666/BTC-USDT-SWAP/long must change from 20x to 10x but orders are"
                + " pending");
    assertThat(
            plan(Instruments.BTC, "97345.6", DEFAULTS, Optional.of(Leverage.of(10)), true).isOk())
        .isTrue();
  }

  @Test
  void refusesAnAnchorBelowTheMinimumSize() {
    assertThat(plan(Instruments.BTC_2024, "120000", DEFAULTS, Optional.empty(), false).refusal())
        .hasValueSatisfying(reason -> assertThat(reason).contains("below minSz 0.1"));
  }

  @Test
  void refusesALeverageAboveWhatTheInstrumentOrTierAllows() {
    AnchorSettings sixty =
        DEFAULTS.with(SettingsOverrides.builder().leverage(Leverage.of(60)).build());
    assertThat(plan(Instruments.AAVE, "263.47", sixty, Optional.empty(), false).refusal())
        .contains("leverage 60x exceeds AAVE-USDT-SWAP maximum 50x");
    AnchorSettings seventy =
        DEFAULTS.with(SettingsOverrides.builder().leverage(Leverage.of(70)).build());
    // BTC allows 100x in tier 1 (up to 1000 contracts) but only 66.66x in tier 2
    assertThat(plan(Instruments.BTC, "97345.6", seventy, Optional.empty(), false).isOk()).isTrue();
    AnchorSettings bigAnchor =
        seventy.with(
            SettingsOverrides.builder()
                .anchorMargin(Usdt.of(2000))
                .maintenanceAmount(Usdt.of(3000))
                .build());
    // 2000 * 70 / 973.456 = 143.8 contracts: still tier 1 (up to 1000)
    assertThat(plan(Instruments.BTC, "97345.6", bigAnchor, Optional.empty(), false).isOk())
        .isTrue();
    AnchorSettings hugeAnchor =
        seventy.with(
            SettingsOverrides.builder()
                .anchorMargin(Usdt.of(20000))
                .maintenanceAmount(Usdt.of(30000))
                .build());
    // 20000 * 70 / 973.456 = 1438.17 contracts: tier 2, at most 66.66x
    assertThat(plan(Instruments.BTC, "97345.6", hugeAnchor, Optional.empty(), false).refusal())
        .contains(
            "leverage 70x exceeds tier 2 maximum 66.66x for 1438.17 contracts of BTC-USDT-SWAP");
  }
}
