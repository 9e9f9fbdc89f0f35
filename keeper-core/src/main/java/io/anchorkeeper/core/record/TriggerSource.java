package io.anchorkeeper.core.record;

/** Whether a procedure was started by a rule or by a person. */
public enum TriggerSource {
  AUTO,
  MANUAL
}
