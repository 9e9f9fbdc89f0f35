package io.anchorkeeper.core.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.core.fixtures.Instruments;
import io.anchorkeeper.core.fixtures.Positions;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.instrument.MarginTiers;
import io.anchorkeeper.core.plan.OrderDirection;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.plan.PlannedOrder;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.value.Contracts;
import org.junit.jupiter.api.Test;

class NormalMaintenancePlannerTest {

  private static final AnchorSettings DEFAULTS = AnchorSettings.defaults();

  private static NormalMaintenancePlan plan(Positions builder, InstrumentSpec spec) {
    PositionSnapshot position = builder.build();
    return NormalMaintenancePlanner.plan(
            AnchorSlot.main(position.slot(), 0), position, spec, DEFAULTS)
        .orElseThrow();
  }

  private static PlannedOrder trim(NormalMaintenancePlan plan, String filled) {
    TrimDecision decision = plan.trimAfterOpen(Contracts.of(filled));
    assertThat(decision).isInstanceOf(TrimDecision.Trim.class);
    return ((TrimDecision.Trim) decision).order();
  }

  @Test
  void aaveLongOfSixTenthsClosesOpensSixAndKeepsHalfAContract() {
    NormalMaintenancePlan plan =
        plan(
            Positions.of(Instruments.AAVE, "JAMESYI", "long").size("0.6").entry("280"),
            Instruments.AAVE);
    assertThat(plan.stepsBeforeTrim())
        .containsExactly(
            new PlannedOrder(1, OrderPurpose.CLOSE_OLD, Contracts.of("0.6")),
            new PlannedOrder(2, OrderPurpose.OPEN, Contracts.of("6.0")));
    // 92% of 6.0 = 5.52 -> 5.5 (lot 0.1); 0.5 stays
    TrimDecision decision = plan.trimAfterOpen(Contracts.of("6.0"));
    assertThat(decision)
        .isEqualTo(
            new TrimDecision.Trim(
                new PlannedOrder(3, OrderPurpose.TRIM, Contracts.of("5.5")),
                Contracts.of("0.5"),
                java.util.Optional.empty()));
  }

  @Test
  void trimFollowsWhatStepTwoActuallyFilled() {
    NormalMaintenancePlan plan =
        plan(Positions.of(Instruments.AAVE, "JAMESYI", "long").size("0.6"), Instruments.AAVE);
    // only 4.3 of 6.0 filled: 92% of 4.3 = 3.956 -> 3.9; 0.4 stays
    assertThat(trim(plan, "4.3").size()).isEqualTo(Contracts.of("3.9"));
    assertThat(plan.trimAfterOpen(Contracts.of("4.3")).remaining()).isEqualTo(Contracts.of("0.4"));
  }

  @Test
  void croLongOfTenContractsOpensAHundredAndKeepsEight() {
    NormalMaintenancePlan plan =
        plan(
            Positions.of(Instruments.CRO, "JAMESYI", "long").size("10").entry("0.0953"),
            Instruments.CRO);
    assertThat(plan.open().size()).isEqualTo(Contracts.of(100));
    assertThat(trim(plan, "100").size()).isEqualTo(Contracts.of(92));
    // a partial fill of 37: 34.04 -> 34 (lot 1), 3 stay
    assertThat(trim(plan, "37").size()).isEqualTo(Contracts.of(34));
  }

  @Test
  void btcShortClosesWithTheRightDirections() {
    NormalMaintenancePlan plan =
        plan(
            Positions.of(Instruments.BTC, "JAMESYI", "short").size("0.37").entry("97000"),
            Instruments.BTC);
    assertThat(plan.closeOld().size()).isEqualTo(Contracts.of("0.37"));
    assertThat(plan.closeOld().direction()).isEqualTo(OrderDirection.CLOSE);
    assertThat(plan.open().size()).isEqualTo(Contracts.of("3.70"));
    assertThat(plan.open().opensPosition()).isTrue();
    // 92% of 3.70 = 3.404 -> 3.40 (lot 0.01); 0.30 stays
    PlannedOrder trim = trim(plan, "3.70");
    assertThat(trim.size()).isEqualTo(Contracts.of("3.40"));
    assertThat(trim.opensPosition()).isFalse();
  }

  @Test
  void aFillOfOnlyTheMinimumSizeIsKeptWhole() {
    NormalMaintenancePlan plan =
        plan(Positions.of(Instruments.AAVE, "JAMESYI", "long").size("0.6"), Instruments.AAVE);
    TrimDecision decision = plan.trimAfterOpen(Contracts.of("0.1"));
    assertThat(decision).isInstanceOf(TrimDecision.NoTrim.class);
    assertThat(decision.remaining()).isEqualTo(Contracts.of("0.1"));
    assertThat(((TrimDecision.NoTrim) decision).reason())
        .isEqualTo("step 2 filled 0.1 contracts, not more than minSz 0.1; all stay");
  }

  @Test
  void whatStaysIsNeverBelowTheMinimumSize() {
    InstrumentSpec coarseMinimum =
        Instruments.spec(
            "SYN-USDT-SWAP", "1", "0.01", "0.1", "0.01", "1000", "20", MarginTiers.empty());
    NormalMaintenancePlan plan =
        plan(Positions.of(coarseMinimum, "JAMESYI", "long").size("0.1"), coarseMinimum);
    // 92% of 0.5 = 0.46 would leave 0.04 < minSz 0.1: close 0.4 instead
    assertThat(trim(plan, "0.5").size()).isEqualTo(Contracts.of("0.4"));
  }

  @Test
  void refusesAPositionOfAnotherSlot() {
    PositionSnapshot position = Positions.of(Instruments.AAVE, "JAMESYI", "long").build();
    AnchorSlot other =
        AnchorSlot.main(Positions.of(Instruments.AAVE, "JAMESYI", "short").slot(), 0);
    assertThatThrownBy(
            () -> NormalMaintenancePlanner.plan(other, position, Instruments.AAVE, DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "position of JAMESYI/AAVE-USDT-SWAP/long given for slot JAMESYI/AAVE-USDT-SWAP/short");
  }
}
