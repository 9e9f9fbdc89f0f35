package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.port.RejectReason;
import io.anchorkeeper.okx.client.error.OkxErrorCodes;
import io.anchorkeeper.okx.client.error.OkxException;

/**
 * Turns okx-client's failures into the core's family. OKX's messages never carry credentials, so
 * they are passed on, prefixed with what the keeper was doing.
 *
 * <ul>
 *   <li>Rejected: the OKX code's {@link RejectReasons reason}.
 *   <li>An order refused for its deadline (50036/50037) certainly did not execute: it is
 *       Unavailable, so the core sends it again (under the same client id) after a pause.
 *   <li>RateLimited and Unavailable stay what they are (both certainly had no effect).
 *   <li>OutcomeUnknown stays unknown: the core reconciles by client order id.
 *   <li>AuthenticationFailed: a stale clock (50102, already re-synced and retried once by the
 *       client) is Unavailable; any other (bad key, signature, passphrase, IP) is a Rejected {@link
 *       RejectReason#OTHER}, so no procedure retries it: only a person can fix a key.
 * </ul>
 */
final class ExchangeErrors {

  private ExchangeErrors() {}

  static ExchangeException map(String doing, OkxException e) {
    String message = doing + ": " + e.getMessage();
    if (e instanceof OkxException.Rejected rejected) {
      String code = rejected.code().orElse("");
      if (OkxErrorCodes.isExpired(code)) {
        return new ExchangeException.Unavailable(
            doing + ": expired before OKX processed it (" + code + "), not executed", e);
      }
      return new ExchangeException.Rejected(RejectReasons.of(code), code, message);
    }
    if (e instanceof OkxException.RateLimited) {
      return new ExchangeException.RateLimited(message, e);
    }
    if (e instanceof OkxException.Unavailable) {
      return new ExchangeException.Unavailable(message, e);
    }
    if (e instanceof OkxException.AuthenticationFailed) {
      return e.retryable()
          ? new ExchangeException.Unavailable(message, e)
          : new ExchangeException.Rejected(
              RejectReason.OTHER,
              e.code().orElse("401"),
              message + " (check the account's API key, passphrase and IP whitelist)");
    }
    return new ExchangeException.OutcomeUnknown(message, e);
  }

  /**
   * After OKX accepted an order, every failure to learn its end is an unknown outcome, never
   * "unavailable": the core must look the order up rather than send it again.
   */
  static ExchangeException.OutcomeUnknown afterAcceptance(String doing, OkxException e) {
    return new ExchangeException.OutcomeUnknown(
        doing + ": accepted by OKX, but its end could not be read: " + e.getMessage(), e);
  }
}
