package io.anchorkeeper.okx.emulator.engine;

import java.util.Optional;

/** Account position mode. */
public enum PosMode {
  LONG_SHORT("long_short_mode"),
  NET("net_mode");

  private final String wire;

  PosMode(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<PosMode> parse(String text) {
    for (PosMode m : values()) {
      if (m.wire.equals(text)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
