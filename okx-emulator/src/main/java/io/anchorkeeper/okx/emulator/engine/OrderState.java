package io.anchorkeeper.okx.emulator.engine;

import java.util.Locale;

/** Order states as OKX names them. */
public enum OrderState {
  LIVE,
  PARTIALLY_FILLED,
  FILLED,
  CANCELED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isPending() {
    return this == LIVE || this == PARTIALLY_FILLED;
  }
}
