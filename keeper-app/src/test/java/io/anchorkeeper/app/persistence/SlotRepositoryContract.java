package io.anchorkeeper.app.persistence;

import static io.anchorkeeper.app.persistence.CoreSamples.MAIN_SHORT;
import static io.anchorkeeper.app.persistence.CoreSamples.SUB_LONG;
import static io.anchorkeeper.app.persistence.CoreSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Usdt;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link SlotRepository}: slots, their pause flag and their audited overrides. */
abstract class SlotRepositoryContract extends RepositoryContract {

  @Test
  void ensureCreatesAFreshSlotWithCountZero() {
    StoredSlot slot = slots.ensure(SUB_LONG, AccountKind.SUB);

    assertThat(slot.slot()).isEqualTo(AnchorSlot.sub(SUB_LONG, 0));
    assertThat(slot.paused()).isFalse();
    assertThat(slot.overrides()).isEqualTo(SettingsOverrides.none());
    assertThat(slot.runningProcedure()).isEmpty();
    assertThat(slot.createdAt()).isEqualTo(T0);
    assertThat(slot.updatedAt()).isEqualTo(T0);
  }

  @Test
  void ensureReturnsAnExistingSlotUnchanged() {
    ProcedureRequest request = begun(CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB)));
    journal.finish(CoreSamples.completedMaintenance(request, T0.plusSeconds(1)));
    clock.advance(Duration.ofHours(1));

    StoredSlot again = slots.ensure(SUB_LONG, AccountKind.MAIN);

    assertThat(again.slot()).isEqualTo(AnchorSlot.sub(SUB_LONG, 1));
    assertThat(again.createdAt()).isEqualTo(T0);
    assertThat(rows("slots")).isEqualTo(1);
  }

  @Test
  void concurrentEnsuresOfOneSlotBothSucceed() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 1; round <= 10; round++) {
        SlotId id = SlotId.of("race" + round, "CRO-USDT-SWAP", "short");
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<StoredSlot>> ensures =
            List.of(
                threads.submit(() -> ensureAfter(start, id)),
                threads.submit(() -> ensureAfter(start, id)));

        for (Future<StoredSlot> ensure : ensures) {
          assertThat(ensure.get(20, TimeUnit.SECONDS).id()).isEqualTo(id);
        }
        assertThat(rows("slots where account = 'race" + round + "'")).isEqualTo(1);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void listsSlotsInSlotOrderOnEveryDatabase() {
    SlotId lowerCase = SlotId.of("alpha", "ETH-USDT-SWAP", "long");
    SlotId wuShort = SlotId.of("Wu666666", "CRO-USDT-SWAP", "short");
    slots.ensure(lowerCase, AccountKind.SUB);
    slots.ensure(wuShort, AccountKind.SUB);
    slots.ensure(MAIN_SHORT, AccountKind.MAIN);
    slots.ensure(SUB_LONG, AccountKind.SUB);

    assertThat(slots.list())
        .extracting(StoredSlot::id)
        .containsExactly(SUB_LONG, wuShort, lowerCase, MAIN_SHORT);
    assertThat(slots.list(AccountName.of("Wu666666")))
        .extracting(StoredSlot::id)
        .containsExactly(SUB_LONG, wuShort);
    assertThat(slots.list(AccountName.of("nobody"))).isEmpty();
  }

  @Test
  void readsTheMaintenanceCount() {
    slots.ensure(SUB_LONG, AccountKind.SUB);

    assertThat(slots.maintenanceCount(SUB_LONG)).hasValue(0);
    assertThat(slots.maintenanceCount(MAIN_SHORT)).isEmpty();
  }

  @Test
  void pausesAndResumesASlot() {
    slots.ensure(SUB_LONG, AccountKind.SUB);
    Instant later = clock.advance(Duration.ofMinutes(5));

    slots.setPaused(SUB_LONG, true);
    assertThat(slots.find(SUB_LONG).orElseThrow().paused()).isTrue();
    assertThat(slots.find(SUB_LONG).orElseThrow().updatedAt()).isEqualTo(later);

    slots.setPaused(SUB_LONG, false);
    assertThat(slots.find(SUB_LONG).orElseThrow().paused()).isFalse();
    assertThatThrownBy(() -> slots.setPaused(MAIN_SHORT, true))
        .isInstanceOf(UnknownSlotException.class);
  }

  @Test
  void changingOverridesIsStoredAndAuditedWithWhoChangedThem() {
    slots.ensure(SUB_LONG, AccountKind.SUB);
    SettingsOverrides first = SettingsOverrides.builder().anchorMargin(Usdt.of("12.5")).build();
    SettingsOverrides second = CoreSamples.everyOverride();

    slots.setOverrides(SUB_LONG, first, "api:owner");
    Instant later = clock.advance(Duration.ofMinutes(1));
    slots.setOverrides(SUB_LONG, second, "telegram:owner");

    assertThat(slots.find(SUB_LONG).orElseThrow().overrides()).isEqualTo(second);
    List<SettingsChange> history = settings.history(SettingsScope.of(SUB_LONG), 10);
    assertThat(history).hasSize(2);
    SettingsChange latest = history.get(0);
    assertThat(latest.changedBy()).isEqualTo("telegram:owner");
    assertThat(latest.before()).isEqualTo(first);
    assertThat(latest.after()).isEqualTo(second);
    assertThat(latest.changedAt()).isEqualTo(later);
    assertThat(history.get(1).before()).isEqualTo(SettingsOverrides.none());
    assertThat(history.get(1).scope()).isEqualTo(SettingsScope.of(SUB_LONG));
  }

  @Test
  void overridesOfAnUnknownSlotAreRefusedAndNotAudited() {
    assertThatThrownBy(
            () -> slots.setOverrides(MAIN_SHORT, CoreSamples.everyOverride(), "api:owner"))
        .isInstanceOf(UnknownSlotException.class);
    assertThat(rows("settings_history")).isZero();
  }

  @Test
  void anOverrideChangeWithoutAnAuthorChangesNothing() {
    slots.ensure(SUB_LONG, AccountKind.SUB);

    assertThatThrownBy(() -> slots.setOverrides(SUB_LONG, CoreSamples.everyOverride(), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("changedBy");
    assertThat(slots.find(SUB_LONG).orElseThrow().overrides()).isEqualTo(SettingsOverrides.none());
    assertThat(rows("settings_history")).isZero();
  }

  private StoredSlot ensureAfter(CyclicBarrier start, SlotId id) throws Exception {
    start.await(20, TimeUnit.SECONDS);
    return slots.ensure(id, AccountKind.SUB);
  }
}
