package io.anchorkeeper.app.engine;

/** What the dashboard shows for a slot, most pressing first. */
public enum SlotStatus {
  /** Automation is paused by the owner. */
  PAUSED,
  /** A maintenance is running. */
  MAINTAINING,
  /** A margin correction is running. */
  CORRECTING,
  /** An auto-open or take-profit is running. */
  TRADING,
  /** Past the trigger at the maintenance cap: nothing is traded. */
  CAPPED,
  /** The margin is outside its band. */
  OFF_BAND,
  /** The profit rate is in the warning tier or deeper. */
  WARNING,
  /** No position; auto-open will open one. */
  NO_POSITION,
  /** Nothing to do. */
  NORMAL
}
