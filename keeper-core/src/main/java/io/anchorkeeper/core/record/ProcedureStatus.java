package io.anchorkeeper.core.record;

/** How a procedure ended, or that it has not yet. */
public enum ProcedureStatus {
  /** Still running, or interrupted and waiting to resume. */
  RUNNING,
  /** Done as planned. */
  COMPLETED,
  /** Refused before trading anything (unaffordable, stale request, nothing to do safely). */
  REFUSED,
  /** Stopped after trading began; the report says exactly what is left on the exchange. */
  FAILED
}
