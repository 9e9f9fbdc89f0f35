package io.anchorkeeper.app.config;

/** Where the keeper trades (SPEC section 8). */
public enum KeeperMode {
  /** The embedded emulator on loopback; no credentials. The default. */
  PAPER,
  /** OKX demo trading ({@code x-simulated-trading: 1}) with demo keys. */
  DEMO,
  /** OKX with real money. Never the default. */
  LIVE
}
