package io.anchorkeeper.core.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Ratio;
import org.junit.jupiter.api.Test;

class MaintenanceTriggerTest {

  private static final SlotId SLOT = SlotId.of("Wu666666", "APT-USDT-SWAP", "long");
  private static final AnchorSettings DEFAULTS = AnchorSettings.defaults();

  private static TriggerVerdict verdict(AnchorSlot slot, String percent, AnchorSettings settings) {
    return MaintenanceTrigger.evaluate(slot, Ratio.ofPercent(percent), settings);
  }

  @Test
  void aSubAccountSlotIsMaintainedAtTheTriggerLossOrBelow() {
    assertThat(verdict(AnchorSlot.sub(SLOT, 0), "-10", DEFAULTS))
        .isEqualTo(TriggerVerdict.MAINTAIN);
    assertThat(verdict(AnchorSlot.sub(SLOT, 2), "-35", DEFAULTS))
        .isEqualTo(TriggerVerdict.MAINTAIN);
  }

  @Test
  void aSlotAboveTheTriggerLossIsLeftAlone() {
    assertThat(verdict(AnchorSlot.sub(SLOT, 0), "-9.99", DEFAULTS))
        .isEqualTo(TriggerVerdict.NOT_TRIGGERED);
    assertThat(verdict(AnchorSlot.sub(SLOT, 3), "10.78", DEFAULTS))
        .isEqualTo(TriggerVerdict.NOT_TRIGGERED);
  }

  @Test
  void aSlotAtTheCapIsNotTraded() {
    assertThat(verdict(AnchorSlot.sub(SLOT, 3), "-12", DEFAULTS)).isEqualTo(TriggerVerdict.CAPPED);
    assertThat(verdict(AnchorSlot.main(SLOT, 3), "-12", DEFAULTS)).isEqualTo(TriggerVerdict.CAPPED);
  }

  @Test
  void theMainAccountIsLeftToTheOwnerUnlessAutomaticMaintenanceIsOn() {
    assertThat(verdict(AnchorSlot.main(SLOT, 0), "-12", DEFAULTS))
        .isEqualTo(TriggerVerdict.OWNER_DECIDES);
    AnchorSettings auto = DEFAULTS.with(SettingsOverrides.builder().mainAutoMaintain(true).build());
    assertThat(verdict(AnchorSlot.main(SLOT, 0), "-12", auto)).isEqualTo(TriggerVerdict.MAINTAIN);
  }
}
