package io.anchorkeeper.app.engine.fakes;

import io.anchorkeeper.app.engine.SlotConfig;
import io.anchorkeeper.app.engine.SlotStore;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.SlotId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Slots kept in memory only. */
public final class MemorySlotStore implements SlotStore {

  private final Map<SlotId, SlotConfig> slots = new ConcurrentHashMap<>();

  @Override
  public void ensure(SlotId slot, AccountKind kind) {
    slots.putIfAbsent(slot, new SlotConfig(slot, kind, 0, false, SettingsOverrides.none()));
  }

  @Override
  public List<SlotConfig> loadAll() {
    return List.copyOf(slots.values());
  }

  @Override
  public void setPaused(SlotId slot, boolean paused, String changedBy) {
    slots.computeIfPresent(slot, (id, s) -> s.withPaused(paused));
  }

  @Override
  public void setOverrides(SlotId slot, SettingsOverrides overrides, String changedBy) {
    slots.computeIfPresent(slot, (id, s) -> s.withOverrides(overrides));
  }
}
