package io.anchorkeeper.core.port;

/** Why the exchange refused a request, in the keeper's terms. */
public enum RejectReason {
  /** Not enough free balance or margin (OKX 51008 and kin). */
  INSUFFICIENT_MARGIN,
  /** A margin reduction or addition beyond what the exchange allows (OKX 59301). */
  MARGIN_LIMIT_EXCEEDED,
  /** Order size below the instrument's minimum, not a lot multiple, or above the market maximum. */
  INVALID_SIZE,
  /** There is no position to close or adjust on that side. */
  NO_POSITION,
  /** Leverage cannot change now (pending orders) or is out of range. */
  LEVERAGE_REFUSED,
  /** The account is not in a mode the keeper can trade in (futures, hedge, isolated). */
  ACCOUNT_MODE,
  /** A request field was malformed. */
  INVALID_REQUEST,
  /** Anything else; the exchange's own code and message say more. */
  OTHER
}
