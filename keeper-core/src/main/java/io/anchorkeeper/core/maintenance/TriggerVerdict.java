package io.anchorkeeper.core.maintenance;

/** What the maintenance trigger (SPEC 3.3) says about a slot. */
public enum TriggerVerdict {
  /** The profit rate is above {@code trigger_loss}: nothing to do. */
  NOT_TRIGGERED,
  /** Triggered and below the cap: maintain automatically now. */
  MAINTAIN,
  /** Triggered on a main-account slot without automatic maintenance: the owner decides. */
  OWNER_DECIDES,
  /** Triggered at {@code max_maintenances}: trade nothing, alert once, show the slot capped. */
  CAPPED
}
