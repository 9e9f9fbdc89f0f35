package io.anchorkeeper.core.notify;

/** What an alert is about (SPEC 3.7). */
public enum AlertKind {
  /** A slot's profit rate entered a deeper tier (notice, warning, critical). */
  PROFIT_TIER,
  /** A slot's margin is off its target by more than {@code margin_alert_deviation}. */
  MARGIN_OFF_BAND,
  /** A maintenance or another procedure failed after trading began. */
  PROCEDURE_FAILED,
  /** A maintenance was refused before trading (unaffordable, stale). */
  PROCEDURE_REFUSED,
  /** A slot past the trigger is at {@code max_maintenances}: nothing is traded. */
  CAP_REACHED,
  /** A main-account slot passed the trigger and waits for the owner. */
  OWNER_DECIDES,
  /** The exchange cannot be reached, or a procedure waits for it. */
  EXCHANGE_UNREACHABLE,
  /** The exchange refused requests for their rate. */
  RATE_LIMITED
}
