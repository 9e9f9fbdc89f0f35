package io.anchorkeeper.app.persistence;

import io.anchorkeeper.core.slot.SlotId;
import java.util.Objects;
import java.util.Optional;

/**
 * Where settings overrides apply: everywhere ({@code global}) or to one slot. Its key is what the
 * settings history stores: {@code global}, or the slot as {@code account/instId/side}.
 */
public record SettingsScope(Optional<SlotId> slot) {

  private static final String GLOBAL_KEY = "global";
  private static final SettingsScope GLOBAL = new SettingsScope(Optional.empty());

  public SettingsScope {
    Objects.requireNonNull(slot, "slot must not be null");
  }

  public static SettingsScope global() {
    return GLOBAL;
  }

  public static SettingsScope of(SlotId slot) {
    return new SettingsScope(Optional.of(slot));
  }

  /** Reads a key written by {@link #key()}. */
  public static SettingsScope parse(String key) {
    Objects.requireNonNull(key, "settings scope must not be null");
    if (key.equals(GLOBAL_KEY)) {
      return GLOBAL;
    }
    String[] parts = key.split("/", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "settings scope must be 'global' or 'account/instId/side', was '" + key + "'");
    }
    return of(SlotId.of(parts[0], parts[1], parts[2]));
  }

  public String key() {
    return slot.map(SlotId::toString).orElse(GLOBAL_KEY);
  }

  @Override
  public String toString() {
    return key();
  }
}
