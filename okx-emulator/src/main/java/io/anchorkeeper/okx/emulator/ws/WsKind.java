package io.anchorkeeper.okx.emulator.ws;

import java.util.Locale;

/** The three OKX WebSocket endpoints. */
public enum WsKind {
  PUBLIC,
  PRIVATE,
  BUSINESS;

  public String path() {
    return "/ws/v5/" + wire();
  }

  /** Lower-case name, as fault plans scope WS_DROP rules. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
