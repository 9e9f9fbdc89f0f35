package io.anchorkeeper.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.instrument.MarginTiers;
import io.anchorkeeper.core.margin.MarginCalculator;
import io.anchorkeeper.core.margin.PnlCalculator;
import io.anchorkeeper.core.notify.Alert;
import io.anchorkeeper.core.notify.AlertKind;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleEvaluatorTest {

  private static final SlotId SLOT = SlotId.of("sub01", "ETH-USDT-SWAP", "long");
  private static final InstrumentSpec ETH =
      new InstrumentSpec(
          InstrumentId.of("ETH-USDT-SWAP"),
          new BigDecimal("0.1"),
          BigDecimal.ONE,
          new BigDecimal("0.01"),
          Contracts.of("0.01"),
          new BigDecimal("0.01"),
          Contracts.of("67000"),
          Leverage.of(100),
          MarginTiers.empty());
  private static final Instant T0 = Instant.parse("2026-01-05T09:30:00Z");

  private final SlotWatch watch = new SlotWatch();
  private SlotConfig slot =
      new SlotConfig(SLOT, AccountKind.SUB, 0, false, SettingsOverrides.none());
  private AnchorSettings settings = AnchorSettings.defaults();

  /** 0.33 contracts from 3000 at 10x: 9.9 U of margin, the position as pushed at T0. */
  private static PositionSnapshot position(String margin) {
    Contracts size = Contracts.of("0.33");
    Price entry = Price.of("3000");
    Leverage lever = Leverage.of(10);
    return new PositionSnapshot(
        SLOT,
        size,
        entry,
        entry,
        Usdt.of(margin),
        MarginCalculator.maintenanceMargin(ETH, size, entry, Ratio.ofPercent("0.4")),
        Usdt.ZERO,
        PnlCalculator.profitRate(ETH, SLOT.side(), size, entry, entry, lever),
        lever,
        Optional.empty(),
        Optional.empty(),
        Usdt.ZERO,
        Usdt.ZERO,
        T0,
        T0);
  }

  private RuleEvaluator.Verdict at(
      String mark, Optional<PositionSnapshot> position, boolean synced) {
    return RuleEvaluator.evaluate(
        new RuleEvaluator.Inputs(
            slot,
            settings,
            position,
            Optional.of(new PositionBook.Mark(Price.of(mark), T0.plusSeconds(1))),
            ETH,
            synced,
            T0.plusSeconds(1)),
        watch);
  }

  private RuleEvaluator.Verdict at(String mark) {
    return at(mark, Optional.of(position("9.9")), true);
  }

  private static List<AlertKind> kinds(RuleEvaluator.Verdict verdict) {
    return verdict.alerts().stream().map(Alert::kind).toList();
  }

  @Test
  void aMarkTickPastMinusTenPercentAsksForASuperMaintenanceOfASubAccountSlot() {
    // At 10x a long loses 10% of its margin when the price falls 1%: 3000 -> 2970.
    assertThat(at("2971").intent()).isEmpty();
    RuleEvaluator.Verdict verdict = at("2970");
    assertThat(verdict.intent()).map(Intent::type).contains(ProcedureType.SUPER_MAINTENANCE);
    assertThat(verdict.intent().orElseThrow().trigger().requestedBy())
        .isEqualTo("rule:trigger_loss");
  }

  @Test
  void aMainAccountSlotGetsTheNormalMaintenanceOnlyWhenAutomaticMaintenanceIsOn() {
    slot = new SlotConfig(SLOT, AccountKind.MAIN, 0, false, SettingsOverrides.none());
    RuleEvaluator.Verdict off = at("2960");
    assertThat(off.intent()).isEmpty();
    assertThat(kinds(off)).contains(AlertKind.OWNER_DECIDES);

    settings = settings.with(SettingsOverrides.builder().mainAutoMaintain(true).build());
    assertThat(at("2960").intent()).map(Intent::type).contains(ProcedureType.NORMAL_MAINTENANCE);
  }

  @Test
  void profitTiersAlertOnceOnEntryAndAgainOnlyAfterLeavingBeyondTheHysteresis() {
    assertThat(kinds(at("2985"))).containsExactly(AlertKind.PROFIT_TIER); // -5%: notice
    assertThat(kinds(at("2984"))).isEmpty();
    assertThat(kinds(at("2988"))).as("-4%: inside the 1 point hysteresis").isEmpty();
    assertThat(kinds(at("2986"))).isEmpty();
    assertThat(kinds(at("2991"))).as("-3%: left the tier").isEmpty();
    assertThat(kinds(at("2985"))).containsExactly(AlertKind.PROFIT_TIER);
  }

  @Test
  void atTheCapNothingIsTradedAndOneCriticalAlertIsSent() {
    slot = new SlotConfig(SLOT, AccountKind.SUB, 3, false, SettingsOverrides.none());
    Optional<PositionSnapshot> inBand = Optional.of(position("20")); // count 3: band 19-21
    RuleEvaluator.Verdict first = at("2960", inBand, true);
    assertThat(first.intent()).isEmpty();
    assertThat(kinds(first)).contains(AlertKind.CAP_REACHED);
    assertThat(kinds(at("2950", inBand, true))).doesNotContain(AlertKind.CAP_REACHED);
  }

  @Test
  void aPausedSlotIsWatchedButNotTraded() {
    slot = slot.withPaused(true);
    RuleEvaluator.Verdict verdict = at("2960");
    assertThat(verdict.intent()).isEmpty();
    assertThat(kinds(verdict)).contains(AlertKind.PROFIT_TIER);
    assertThat(at("3000", Optional.empty(), true).intent()).isEmpty();
  }

  @Test
  void aMissingPositionIsOpenedOnlyOnceTheAccountWasReadInFull() {
    assertThat(at("3000", Optional.empty(), false).intent()).isEmpty();
    assertThat(at("3000", Optional.empty(), true).intent())
        .map(Intent::type)
        .contains(ProcedureType.AUTO_OPEN);
  }

  @Test
  void aMarginOutsideItsBandAsksForACorrectionAndAlertsBeyondTwentyPercent() {
    RuleEvaluator.Verdict within = at("3000", Optional.of(position("10.4")), true);
    assertThat(within.intent()).isEmpty();

    RuleEvaluator.Verdict off = at("3000", Optional.of(position("20.29")), true);
    assertThat(off.intent()).map(Intent::type).contains(ProcedureType.MARGIN_CORRECTION);
    assertThat(kinds(off)).containsExactly(AlertKind.MARGIN_OFF_BAND);

    RuleEvaluator.Verdict slightly = at("3000", Optional.of(position("10.9")), true);
    assertThat(slightly.intent()).map(Intent::type).contains(ProcedureType.MARGIN_CORRECTION);
  }

  @Test
  void takeProfitIsAskedForAtPlusThirtyPercent() {
    assertThat(at("3089").intent()).isEmpty();
    assertThat(at("3090").intent()).map(Intent::type).contains(ProcedureType.TAKE_PROFIT);
  }

  @Test
  void aCoolingDownProcedureIsNotAskedForAgainUntilTheCooldownEnds() {
    watch.coolDown(ProcedureType.SUPER_MAINTENANCE, T0.plus(Duration.ofMinutes(5)));
    assertThat(at("2960").intent()).isEmpty();
    watch.clearCooldown(ProcedureType.SUPER_MAINTENANCE);
    assertThat(at("2960").intent()).isPresent();
  }
}
