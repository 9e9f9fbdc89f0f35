package io.anchorkeeper.okx.client.ratelimit;

/** Who a limit counts against: the source IP (shared by the whole process) or the user id. */
public enum LimitScope {
  /** Public endpoints: one budget for every client in this process (one egress IP). */
  IP,
  /** Private endpoints: one budget per user id; every sub-account has its own. */
  UID
}
