package io.anchorkeeper.core.takeprofit;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.fixtures.Instruments;
import io.anchorkeeper.core.fixtures.Positions;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.instrument.MarginTiers;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.plan.PlannedOrder;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Ratio;
import org.junit.jupiter.api.Test;

class TakeProfitRuleTest {

  private static final AnchorSettings DEFAULTS = AnchorSettings.defaults();

  /** An AAVE long of {@code size} contracts opened at 250 with 10x, now marked at {@code mark}. */
  private static PositionSnapshot aave(String size, String mark) {
    return Positions.of(Instruments.AAVE, "Wu666666", "long")
        .size(size)
        .entry("250")
        .mark(mark)
        .build();
  }

  private static AnchorSettings fraction(String percent) {
    return DEFAULTS.with(
        SettingsOverrides.builder().takeProfitFraction(Ratio.ofPercent(percent)).build());
  }

  @Test
  void atThirtyPercentProfitTheWholePositionIsClosedAndTheCountResets() {
    // (257.5 - 250) / 250 * 10 = +30%
    TakeProfitDecision decision =
        TakeProfitRule.evaluate(aave("0.6", "257.5"), Instruments.AAVE, DEFAULTS);
    assertThat(decision)
        .isEqualTo(
            new TakeProfitDecision.Close(
                new PlannedOrder(1, OrderPurpose.TAKE_PROFIT, Contracts.of("0.6")), true));
  }

  @Test
  void belowTheThresholdOrWhenOffNothingHappens() {
    assertThat(TakeProfitRule.evaluate(aave("0.6", "257.4"), Instruments.AAVE, DEFAULTS))
        .isEqualTo(new TakeProfitDecision.Hold("profit rate 29.60% is below take_profit 30%"));
    AnchorSettings off =
        DEFAULTS.with(SettingsOverrides.builder().takeProfitEnabled(false).build());
    assertThat(TakeProfitRule.evaluate(aave("0.6", "300"), Instruments.AAVE, off))
        .isEqualTo(new TakeProfitDecision.Hold("take-profit is off"));
  }

  @Test
  void aPartialFractionIsRoundedDownToTheLotAndKeepsTheCount() {
    // 45% of 0.6 = 0.27 -> 0.2
    assertThat(TakeProfitRule.evaluate(aave("0.6", "260"), Instruments.AAVE, fraction("45")))
        .isEqualTo(
            new TakeProfitDecision.Close(
                new PlannedOrder(1, OrderPurpose.TAKE_PROFIT, Contracts.of("0.2")), false));
  }

  @Test
  void aRemainderBelowTheMinimumIsClosedToo() {
    InstrumentSpec coarseMinimum =
        Instruments.spec(
            "SYN-USDT-SWAP", "1", "0.1", "0.5", "0.01", "1000", "20", MarginTiers.empty());
    PositionSnapshot position =
        Positions.of(coarseMinimum, "Wu666666", "long")
            .size("1.0")
            .entry("100")
            .mark("104")
            .build();
    // 90% of 1.0 = 0.9 would leave 0.1 < minSz 0.5
    assertThat(TakeProfitRule.evaluate(position, coarseMinimum, fraction("90")))
        .isEqualTo(
            new TakeProfitDecision.Close(
                new PlannedOrder(1, OrderPurpose.TAKE_PROFIT, Contracts.of("1.0")), true));
  }

  @Test
  void aFractionTooSmallToTradeIsRefused() {
    // 45% of 0.2 = 0.09 -> 0.0, and 0.2 would remain
    assertThat(TakeProfitRule.evaluate(aave("0.2", "260"), Instruments.AAVE, fraction("45")))
        .isEqualTo(
            new TakeProfitDecision.Refused(
                "closing 45% of 0.2 contracts gives 0, below minSz 0.1"));
  }
}
