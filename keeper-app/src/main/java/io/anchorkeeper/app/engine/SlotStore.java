package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.SlotId;
import java.util.List;

/** Where slots live between restarts. */
public interface SlotStore {

  /** Creates the slot with count 0 when it does not exist yet; an existing slot is left as is. */
  void ensure(SlotId slot, AccountKind kind);

  List<SlotConfig> loadAll();

  void setPaused(SlotId slot, boolean paused, String changedBy);

  /** Replaces the slot's overrides; the change is audited with who made it. */
  void setOverrides(SlotId slot, SettingsOverrides overrides, String changedBy);
}
