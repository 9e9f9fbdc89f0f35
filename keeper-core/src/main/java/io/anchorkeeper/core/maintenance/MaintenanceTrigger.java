package io.anchorkeeper.core.maintenance;

import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.value.Ratio;

/** Decides whether a slot is maintained automatically (SPEC 3.3). */
public final class MaintenanceTrigger {

  private MaintenanceTrigger() {}

  /**
   * Triggered when {@code profitRate <= trigger_loss}. Then: at or above {@code max_maintenances}
   * the slot is {@link TriggerVerdict#CAPPED} (checked first, so a capped main-account slot is
   * reported capped too); a main-account slot without {@code main_auto_maintain} is left to the
   * owner; otherwise it is maintained.
   *
   * @param profitRate the position's profit rate (OKX {@code uplRatio})
   */
  public static TriggerVerdict evaluate(
      AnchorSlot slot, Ratio profitRate, AnchorSettings settings) {
    if (profitRate.isGreaterThan(settings.triggerLoss())) {
      return TriggerVerdict.NOT_TRIGGERED;
    }
    if (slot.maintenanceCount() >= settings.maxMaintenances()) {
      return TriggerVerdict.CAPPED;
    }
    return settings.maintainsAutomatically(slot.kind())
        ? TriggerVerdict.MAINTAIN
        : TriggerVerdict.OWNER_DECIDES;
  }
}
