package io.anchorkeeper.core.notify;

/** How urgent an alert is; later constants are more urgent. */
public enum Severity {
  INFO,
  NOTICE,
  WARNING,
  CRITICAL
}
