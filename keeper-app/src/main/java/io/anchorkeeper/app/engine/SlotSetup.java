package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.settings.AnchorSettings;
import java.util.Objects;

/**
 * A slot's configuration together with its effective settings, worked out once when either changes
 * instead of at every evaluation. Replaced as a whole, so a reader sees a matching pair and can
 * tell by identity that nothing changed.
 *
 * @param settings the global settings with the slot's overrides; {@code null} when the overrides do
 *     not fit the global settings (asking the registry for them then fails as it always did)
 */
record SlotSetup(SlotConfig config, AnchorSettings settings) {

  SlotSetup {
    Objects.requireNonNull(config, "config must not be null");
  }
}
