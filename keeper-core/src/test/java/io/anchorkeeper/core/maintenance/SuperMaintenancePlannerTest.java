package io.anchorkeeper.core.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.fixtures.Instruments;
import io.anchorkeeper.core.fixtures.Positions;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.instrument.MarginTiers;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.plan.Outcome;
import io.anchorkeeper.core.plan.PlannedOrder;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Usdt;
import org.junit.jupiter.api.Test;

class SuperMaintenancePlannerTest {

  private static final AnchorSettings DEFAULTS = AnchorSettings.defaults();

  private static Outcome<SuperMaintenancePlan> plan(
      InstrumentSpec spec, String side, String size, AccountKind kind, int count, String mark) {
    PositionSnapshot position =
        Positions.of(spec, "Wu666666", side).size(size).entry(mark).mark(mark).build();
    return SuperMaintenancePlanner.plan(
        new AnchorSlot(position.slot(), kind, count), position, spec, Price.of(mark), DEFAULTS);
  }

  private static TrimDecision.Trim trim(SuperMaintenancePlan plan, String filled, String mark) {
    TrimDecision decision = plan.trimAfterOpen(Contracts.of(filled), Price.of(mark));
    assertThat(decision).isInstanceOf(TrimDecision.Trim.class);
    return (TrimDecision.Trim) decision;
  }

  @Test
  void aaveLongOpensAHundredUsdtAndTrimsToTenUsdt() {
    SuperMaintenancePlan plan =
        plan(Instruments.AAVE, "long", "0.6", AccountKind.SUB, 0, "263.47").orElseThrow();
    // 100 * 10 / (263.47 * 0.1) = 37.95 -> 37.9
    assertThat(plan.stepsBeforeTrim())
        .containsExactly(
            new PlannedOrder(1, OrderPurpose.CLOSE_OLD, Contracts.of("0.6")),
            new PlannedOrder(2, OrderPurpose.OPEN, Contracts.of("37.9")));
    // keep 10 * 10 / 26.347 = 3.7955 -> 3.8 (10.01 U at mark); close 37.9 - 3.8 = 34.1
    TrimDecision.Trim trim = trim(plan, "37.9", "263.47");
    assertThat(trim.order())
        .isEqualTo(new PlannedOrder(3, OrderPurpose.TRIM, Contracts.of("34.1")));
    assertThat(trim.remaining()).isEqualTo(Contracts.of("3.8"));
    assertThat(trim.note()).isEmpty();
  }

  @Test
  void aSubAccountSlotIsTrimmedToTheTargetOfItsCountAfterTheMaintenance() {
    // count 1 now, 2 after: target 20 U, band 19-21
    SuperMaintenancePlan plan =
        plan(Instruments.AAVE, "long", "0.6", AccountKind.SUB, 1, "263.47").orElseThrow();
    assertThat(plan.band().target()).isEqualTo(Usdt.of(20));
    // keep 20 * 10 / 26.347 = 7.59 -> 7.6; close 37.9 - 7.6 = 30.3
    assertThat(trim(plan, "37.9", "263.47").order().size()).isEqualTo(Contracts.of("30.3"));
  }

  @Test
  void theMainAccountTrimsToItsTargetMarginWhateverTheCount() {
    SuperMaintenancePlan plan =
        plan(Instruments.AAVE, "long", "0.6", AccountKind.MAIN, 2, "263.47").orElseThrow();
    assertThat(plan.band().target()).isEqualTo(Usdt.of(10));
    assertThat(trim(plan, "37.9", "263.47").order().size()).isEqualTo(Contracts.of("34.1"));
  }

  @Test
  void theTrimIsComputedFromWhatFilledAtTheMarkOfThatMoment() {
    SuperMaintenancePlan plan =
        plan(Instruments.AAVE, "long", "0.6", AccountKind.SUB, 0, "263.47").orElseThrow();
    // only 20.0 filled and the mark fell to 250: keep 100 / 25 = 4.0, close 16.0
    TrimDecision.Trim trim = trim(plan, "20.0", "250");
    assertThat(trim.order().size()).isEqualTo(Contracts.of("16.0"));
    assertThat(trim.remaining()).isEqualTo(Contracts.of("4.0"));
  }

  @Test
  void croLongOfTenContracts() {
    SuperMaintenancePlan plan =
        plan(Instruments.CRO, "long", "10", AccountKind.SUB, 0, "0.0953").orElseThrow();
    // open 1000 / 0.953 = 1049.3 -> 1049; keep 100 / 0.953 = 104.93 -> 105 (10.0065 U)
    assertThat(plan.open().size()).isEqualTo(Contracts.of(1049));
    TrimDecision.Trim trim = trim(plan, "1049", "0.0953");
    assertThat(trim.order().size()).isEqualTo(Contracts.of(944));
    assertThat(trim.remaining()).isEqualTo(Contracts.of(105));
    assertThat(trim.note()).isEmpty();
  }

  @Test
  void btcShort() {
    SuperMaintenancePlan plan =
        plan(Instruments.BTC, "short", "0.37", AccountKind.MAIN, 0, "97345.6").orElseThrow();
    // open 1000 / 973.456 = 1.0273 -> 1.02; keep 0.1027 -> 0.10 (9.73 U, inside 9.5-10.5)
    assertThat(plan.closeOld().size()).isEqualTo(Contracts.of("0.37"));
    assertThat(plan.open().size()).isEqualTo(Contracts.of("1.02"));
    TrimDecision.Trim trim = trim(plan, "1.02", "97345.6");
    assertThat(trim.order().size()).isEqualTo(Contracts.of("0.92"));
    assertThat(trim.note()).isEmpty();
  }

  @Test
  void aCoarseLotThatMissesTheBandIsExplained() {
    SuperMaintenancePlan plan =
        plan(Instruments.BTC_2024, "long", "0.3", AccountKind.MAIN, 0, "120000").orElseThrow();
    // open 1000 / 1200 = 0.83 -> 0.8; keep 0.083 -> 0.1 = minSz, worth 12 U at mark
    TrimDecision.Trim trim = trim(plan, "0.8", "120000");
    assertThat(trim.order().size()).isEqualTo(Contracts.of("0.7"));
    assertThat(trim.note())
        .contains(
            "the minimum size, 0.1 contracts, holds 12.00 USDT at mark 120000, outside the band"
                + " 9.50–10.50 USDT; one lot of 0.1 is worth 12.00 USDT");
  }

  @Test
  void nothingIsTrimmedWhenTheFillIsAtMostWhatToKeep() {
    SuperMaintenancePlan plan =
        plan(Instruments.AAVE, "long", "0.6", AccountKind.SUB, 0, "263.47").orElseThrow();
    TrimDecision decision = plan.trimAfterOpen(Contracts.of("3.8"), Price.of("263.47"));
    assertThat(decision).isInstanceOf(TrimDecision.NoTrim.class);
    assertThat(((TrimDecision.NoTrim) decision).reason())
        .isEqualTo(
            "step 2 filled 3.8 contracts, not more than the 3.8 to keep for 10.00 USDT at mark"
                + " 263.47; nothing to trim");
  }

  @Test
  void anExcessBelowTheMinimumSizeIsLeftToMarginCorrection() {
    InstrumentSpec coarseMinimum =
        Instruments.spec(
            "SYN-USDT-SWAP", "1", "0.01", "0.1", "0.01", "1000", "20", MarginTiers.empty());
    SuperMaintenancePlan plan =
        plan(coarseMinimum, "long", "1", AccountKind.MAIN, 0, "100").orElseThrow();
    // keep 10 * 10 / 100 = 1.00; 1.05 filled is 0.05 too many, below minSz 0.1
    TrimDecision decision = plan.trimAfterOpen(Contracts.of("1.05"), Price.of("100"));
    assertThat(decision).isInstanceOf(TrimDecision.NoTrim.class);
    assertThat(((TrimDecision.NoTrim) decision).reason()).contains("below minSz 0.1");
  }

  @Test
  void refusesWhenTheMaintenanceAmountBuysLessThanTheMinimum() {
    AnchorSettings small =
        DEFAULTS.with(
            SettingsOverrides.builder()
                .maintenanceAmount(Usdt.of(5))
                .targetMargin(Usdt.of(1))
                .subTargetMargins(java.util.List.of(Usdt.of(1)))
                .build());
    PositionSnapshot position =
        Positions.of(Instruments.BTC_2024, "Wu666666", "long").size("0.1").build();
    Outcome<SuperMaintenancePlan> result =
        SuperMaintenancePlanner.plan(
            AnchorSlot.sub(position.slot(), 0),
            position,
            Instruments.BTC_2024,
            Price.of("120000"),
            small);
    assertThat(result.refusal().orElseThrow()).contains("below minSz 0.1");
  }
}
