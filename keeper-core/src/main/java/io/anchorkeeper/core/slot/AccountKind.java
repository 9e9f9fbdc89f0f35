package io.anchorkeeper.core.slot;

/** Whether an account is the main (master) account or one of its sub-accounts. */
public enum AccountKind {
  MAIN,
  SUB
}
