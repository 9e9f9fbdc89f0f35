package io.anchorkeeper.app.config;

import io.anchorkeeper.app.engine.SlotRegistry;
import io.anchorkeeper.app.persistence.SettingsRepository;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.SlotId;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Changes settings at run time: the global settings are the defaults, then {@code keeper.settings},
 * then the owner's changes kept (and audited) in the database; a slot's are those with its own
 * overrides. Every change is validated as a whole before anything is stored.
 */
@Service
public class SettingsService {

  private final AnchorSettings configured;
  private final SettingsRepository settings;
  private final SlotRegistry slots;

  SettingsService(KeeperProperties properties, SettingsRepository settings, SlotRegistry slots) {
    this.configured = AnchorSettings.defaults().with(SettingsText.parse(properties.settings()));
    this.settings = settings;
    this.slots = slots;
  }

  public AnchorSettings global() {
    return slots.globalSettings();
  }

  /** Sets the given global settings (by SPEC name), keeping the owner's earlier ones. */
  public synchronized AnchorSettings changeGlobal(Map<String, String> values, String changedBy) {
    SettingsOverrides merged =
        SettingsText.merge(settings.globalOverrides(), SettingsText.parse(values));
    AnchorSettings next = configured.with(merged);
    slots.all().forEach(s -> next.with(s.overrides()));
    settings.setGlobalOverrides(merged, changedBy);
    slots.setGlobalSettings(next);
    return next;
  }

  /** Sets the given settings (by SPEC name) for one slot, keeping its earlier overrides. */
  public synchronized AnchorSettings changeSlot(
      SlotId slot, Map<String, String> values, String changedBy) {
    SettingsOverrides current =
        slots.find(slot).map(s -> s.overrides()).orElse(SettingsOverrides.none());
    slots.setOverrides(slot, SettingsText.merge(current, SettingsText.parse(values)), changedBy);
    return slots.settings(slot);
  }
}
