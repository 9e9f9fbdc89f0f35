package io.anchorkeeper.app.persistence;

import io.anchorkeeper.app.engine.SlotConfig;
import io.anchorkeeper.app.engine.SlotStore;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.SlotId;
import java.util.List;

/** The engine's slot store over the {@code slots} table. */
public final class JdbcSlotStore implements SlotStore {

  private final SlotRepository slots;

  public JdbcSlotStore(SlotRepository slots) {
    this.slots = slots;
  }

  @Override
  public void ensure(SlotId slot, AccountKind kind) {
    slots.ensure(slot, kind);
  }

  @Override
  public List<SlotConfig> loadAll() {
    return slots.list().stream()
        .map(
            s ->
                new SlotConfig(
                    s.id(),
                    s.slot().kind(),
                    s.slot().maintenanceCount(),
                    s.paused(),
                    s.overrides()))
        .toList();
  }

  @Override
  public void setPaused(SlotId slot, boolean paused, String changedBy) {
    slots.setPaused(slot, paused);
  }

  @Override
  public void setOverrides(SlotId slot, SettingsOverrides overrides, String changedBy) {
    slots.setOverrides(slot, overrides, changedBy);
  }
}
