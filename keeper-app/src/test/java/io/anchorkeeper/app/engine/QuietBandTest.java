package io.anchorkeeper.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.app.persistence.TestClock;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.instrument.MarginTiers;
import io.anchorkeeper.core.margin.PnlCalculator;
import io.anchorkeeper.core.notify.Alert;
import io.anchorkeeper.core.notify.AlertKind;
import io.anchorkeeper.core.notify.Severity;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's price path skips a slot only while the mark stays inside the slot's quiet band, and
 * the band ends whenever anything else the rules read changes.
 */
class QuietBandTest {

  private static final InstrumentId ETH_ID = InstrumentId.of("ETH-USDT-SWAP");
  private static final InstrumentSpec ETH =
      new InstrumentSpec(
          ETH_ID,
          new BigDecimal("0.1"),
          BigDecimal.ONE,
          new BigDecimal("0.01"),
          Contracts.of("0.01"),
          new BigDecimal("0.01"),
          Contracts.of("67000"),
          Leverage.of(100),
          MarginTiers.empty());
  private static final SlotId LONG = SlotId.of("sub01", "ETH-USDT-SWAP", "long");
  private static final SlotId SHORT = SlotId.of("sub01", "ETH-USDT-SWAP", "short");
  private static final Instant T0 = Instant.parse("2026-01-05T09:30:00Z");

  private final TestClock clock = new TestClock(T0);
  private final EngineRig rig = new EngineRig(clock, AnchorSettings.defaults(), List.of(ETH), true);
  private final SlotId slot = rig.addSlot(LONG, AccountKind.SUB);
  private Instant lastMark = T0;

  @AfterEach
  void close() {
    rig.close();
  }

  /** 0.33 contracts from {@code entry} at 10x, as pushed at {@code at}. */
  private static PositionSnapshot position(SlotId id, String entry, String margin, Instant at) {
    return EngineRig.position(
        id,
        ETH,
        Contracts.of("0.33"),
        Price.of(entry),
        Price.of(entry),
        Leverage.of(10),
        Usdt.of(margin),
        at);
  }

  private void push(PositionSnapshot position) {
    rig.engine.onPosition(position.slot(), Optional.of(position));
    rig.drain();
  }

  private EngineRig.Happenings tick(String price) {
    clock.advance(Duration.ofSeconds(1));
    lastMark = lastMark.plusSeconds(1);
    return tickAt(price, lastMark);
  }

  private EngineRig.Happenings tickAt(String price, Instant at) {
    rig.engine.onMarkPrice(ETH_ID, Price.of(price), at);
    return rig.drain();
  }

  private QuietBand band() {
    return rig.engine.watch(slot).quietBand();
  }

  private static String intent(ProcedureType type, SlotId slot, String rule) {
    return type + " " + slot + " rule:" + rule;
  }

  @Test
  void aMarkJustPastTheTriggerAfterQuietTicksStillAsksForMaintenance() {
    push(position(slot, "3000", "9.9", T0));
    assertThat(tick("2971").alerts()).extracting(Alert::severity).containsExactly(Severity.WARNING);

    assertThat(tick("2970.5").isEmpty()).isTrue();
    QuietBand band = band();
    assertThat(band).isNotNull();
    assertThat(band.lowestPrice()).isGreaterThan(2970).isLessThan(2970.001);
    assertThat(tick("2970.01").isEmpty()).isTrue();
    assertThat(band()).as("the tick inside the band was skipped").isSameAs(band);

    EngineRig.Happenings past = tick("2970"); // exactly -10%
    assertThat(past.intents())
        .containsExactly(intent(ProcedureType.SUPER_MAINTENANCE, slot, "trigger_loss"));
    assertThat(past.alerts()).extracting(Alert::severity).containsExactly(Severity.CRITICAL);
  }

  @Test
  void theBandStopsJustShortOfTheNearestThresholdOnEitherSide() {
    SlotId shortSlot = rig.addSlot(SHORT, AccountKind.SUB);
    push(position(slot, "3000", "9.9", T0));
    push(position(shortSlot, "3000", "9.9", T0));
    tick("3001");

    QuietBand longBand = band();
    assertThat(longBand.lowestPrice()).as("-5% notice").isGreaterThan(2985).isLessThan(2985.0001);
    assertThat(longBand.highestPrice()).as("+30% take-profit").isLessThan(3090);
    assertThat(longBand.highestPrice()).isGreaterThan(3089.9999);

    QuietBand shortBand = rig.engine.watch(shortSlot).quietBand();
    assertThat(shortBand.lowestPrice()).as("+30% take-profit").isGreaterThan(2910);
    assertThat(shortBand.lowestPrice()).isLessThan(2910.0001);
    assertThat(shortBand.highestPrice()).as("-5% notice").isLessThan(3015);
    assertThat(shortBand.highestPrice()).isGreaterThan(3014.9999);

    assertThat(tick("3015").alerts())
        .extracting(a -> a.slot().orElseThrow())
        .containsExactly(shortSlot);
    assertThat(tick("2910").intents()) // and the long, at -30%, is maintained
        .contains(intent(ProcedureType.TAKE_PROFIT, shortSlot, "take_profit"));
  }

  @Test
  void quietTicksStillMoveTheProfitRateTheDashboardShows() {
    PositionSnapshot position = position(slot, "3000", "9.9", T0);
    push(position);
    tick("3010");
    QuietBand band = band();
    tick("3020");
    tick("3005");

    assertThat(band()).isSameAs(band);
    Ratio expected =
        PnlCalculator.profitRate(
            ETH,
            slot.side(),
            position.size(),
            position.averagePrice(),
            Price.of("3005"),
            position.leverage());
    assertThat(rig.engine.view(slot).orElseThrow().profitRate()).contains(expected);
    assertThat(expected.value()).isEqualByComparingTo("0.01666666666666666666666666666666667");
  }

  @Test
  void changingTheSlotsSettingsEndsTheBand() {
    push(position(slot, "3000", "9.9", T0));
    assertThat(tick("2990").isEmpty()).isTrue(); // -3.33%
    assertThat(band()).isNotNull();

    rig.registry.setOverrides(
        slot, SettingsOverrides.builder().triggerLoss(Ratio.ofPercent("-3")).build(), "test");

    assertThat(tick("2990").intents())
        .containsExactly(intent(ProcedureType.SUPER_MAINTENANCE, slot, "trigger_loss"));
  }

  @Test
  void changingTheGlobalSettingsEndsTheBand() {
    push(position(slot, "3000", "9.9", T0));
    assertThat(tick("3080").isEmpty()).isTrue(); // +26.67%
    assertThat(band()).isNotNull();

    rig.registry.setGlobalSettings(
        AnchorSettings.defaults()
            .with(SettingsOverrides.builder().takeProfit(Ratio.ofPercent("25")).build()));

    assertThat(tick("3080").intents())
        .containsExactly(intent(ProcedureType.TAKE_PROFIT, slot, "take_profit"));
  }

  @Test
  void resumingAPausedSlotEndsTheBand() {
    push(position(slot, "3000", "9.9", T0));
    rig.engine.pause(slot, true, "test");
    assertThat(tick("3095").isEmpty()).as("paused past take-profit").isTrue();
    assertThat(tick("3096").isEmpty()).isTrue();
    assertThat(band()).as("a paused slot past take-profit stays put").isNotNull();

    rig.engine.pause(slot, false, "test");

    assertThat(tick("3096").intents())
        .containsExactly(intent(ProcedureType.TAKE_PROFIT, slot, "take_profit"));
  }

  @Test
  void aNewPositionEndsTheBandEvenWhenPutStraightIntoTheBook() {
    push(position(slot, "3000", "9.9", T0));
    assertThat(tick("2990").isEmpty()).isTrue();
    assertThat(band()).isNotNull();

    rig.book.put(slot, Optional.of(position(slot, "3030", "9.9", lastMark)));

    assertThat(tick("2990").intents()) // -13.2% from 3030
        .containsExactly(intent(ProcedureType.SUPER_MAINTENANCE, slot, "trigger_loss"));
  }

  @Test
  void aNewMaintenanceCountEndsTheBand() {
    rig.registry.countWritten(slot, 3); // at the cap; band 19-21 U
    push(position(slot, "3000", "20", T0));
    assertThat(tick("2960").alerts()).extracting(Alert::kind).contains(AlertKind.CAP_REACHED);
    assertThat(tick("2959").isEmpty()).isTrue();
    assertThat(band()).as("a capped slot that alerted stays put").isNotNull();

    rig.registry.countWritten(slot, 2); // below the cap; band still 19-21 U

    assertThat(tick("2959").intents())
        .containsExactly(intent(ProcedureType.SUPER_MAINTENANCE, slot, "trigger_loss"));
  }

  @Test
  void aMaintenanceThatIsCoolingDownGetsNoBandSoItIsAskedForAgainWhenTheCooldownEnds() {
    push(position(slot, "3000", "9.9", T0));
    assertThat(tick("2960").intents()).hasSize(1);
    SlotWatch watch = rig.engine.watch(slot);
    synchronized (watch) {
      watch.coolDown(ProcedureType.SUPER_MAINTENANCE, clock.instant().plus(Duration.ofMinutes(5)));
    }
    assertThat(tick("2959").isEmpty()).isTrue();
    assertThat(band()).isNull();

    clock.advance(Duration.ofMinutes(6));

    assertThat(tick("2959").intents())
        .containsExactly(intent(ProcedureType.SUPER_MAINTENANCE, slot, "trigger_loss"));
  }

  @Test
  void aMarkNoNewerThanThePositionLeavesThePositionsOwnRate() {
    push(position(slot, "3000", "9.9", T0));
    tick("3001");
    assertThat(band()).isNotNull();
    PositionSnapshot later =
        EngineRig.position(
            slot,
            ETH,
            Contracts.of("0.33"),
            Price.of("3000"),
            Price.of("2990"),
            Leverage.of(10),
            Usdt.of("9.9"),
            lastMark.plusSeconds(10));
    rig.book.put(slot, Optional.of(later));

    assertThat(tickAt("2900", lastMark.plusSeconds(5)).isEmpty())
        .as("-33% at an older mark than the position is not seen")
        .isTrue();
    assertThat(rig.engine.view(slot).orElseThrow().profitRate()).contains(later.profitRate());
    assertThat(band()).as("the position's own rate gets no band").isNull();

    assertThat(tickAt("2900", lastMark.plusSeconds(11)).intents()).hasSize(1);
  }

  @Test
  void aMarginOutsideItsBandIsEvaluatedAtEveryMark() {
    push(position(slot, "3000", "11", T0)); // 4.8% above 10.5: no alert yet
    rig.engine.pause(slot, true, "test");
    assertThat(tick("3001").isEmpty()).isTrue();
    assertThat(band()).isNull();
  }
}
