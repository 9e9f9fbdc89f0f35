package io.anchorkeeper.okx.emulator.engine;

/** OKX's {@code cancelSource} codes for the cancels the engine makes. */
final class CancelSource {

  /** Cancelled by the system (here: the position a resting close order was for has gone). */
  static final String SYSTEM = "0";

  /** Cancelled by the user (cancel-order, close-position with autoCxl). */
  static final String USER = "1";

  /** Cancelled because the position is being liquidated. */
  static final String LIQUIDATION = "6";

  /** The unfilled rest of an immediate order (market, IOC, FOK) was cancelled. */
  static final String UNFILLED_REST = "14";

  /** A post-only order would have taken liquidity. */
  static final String POST_ONLY_WOULD_TAKE = "31";

  private CancelSource() {}
}
