package io.anchorkeeper.okx.client.error;

import java.util.Optional;

/**
 * Every failure of an OKX call. Messages name the endpoint, the OKX code and OKX's text; they never
 * carry keys, signatures, passphrases or request headers.
 */
public abstract sealed class OkxException extends RuntimeException
    permits OkxException.Rejected,
        OkxException.RateLimited,
        OkxException.Unavailable,
        OkxException.AuthenticationFailed,
        OkxException.OutcomeUnknown {

  private final String endpoint;
  private final String code;

  OkxException(String endpoint, String code, String message, Throwable cause) {
    super(endpoint + ": " + message, cause);
    this.endpoint = endpoint;
    this.code = code;
  }

  /** The call that failed, e.g. {@code POST /api/v5/trade/order} (no query, no body). */
  public String endpoint() {
    return endpoint;
  }

  /**
   * OKX's code (top-level {@code code} or the item's {@code sCode}); absent for transport faults.
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** Whether sending the same request again, after a pause, is safe and may succeed. */
  public abstract boolean retryable();

  /** OKX processed the request and refused it (bad parameter, insufficient margin...). */
  public static final class Rejected extends OkxException {
    private final String okxMessage;
    private final String clOrdId;

    public Rejected(String endpoint, String code, String okxMessage, Optional<String> clOrdId) {
      super(endpoint, code, "rejected by OKX with " + code + " " + okxMessage, null);
      this.okxMessage = okxMessage;
      this.clOrdId = clOrdId.orElse(null);
    }

    public String okxMessage() {
      return okxMessage;
    }

    /** The client order id of the refused item, when the call concerned an order. */
    public Optional<String> clOrdId() {
      return Optional.ofNullable(clOrdId);
    }

    @Override
    public boolean retryable() {
      return false;
    }
  }

  /** OKX (or this client's own limiter) said "too many requests" (50011, 50061, HTTP 429). */
  public static final class RateLimited extends OkxException {
    public RateLimited(String endpoint, String code, String message) {
      super(endpoint, code, "rate limited: " + message, null);
    }

    @Override
    public boolean retryable() {
      return true;
    }
  }

  /**
   * The request certainly had no effect: it was never sent (connection refused, connect timeout),
   * OKX answered that the service is unavailable or busy (50001, 50013, 50026), or it was a read.
   */
  public static final class Unavailable extends OkxException {
    public Unavailable(String endpoint, String code, String message, Throwable cause) {
      super(endpoint, code, "unavailable: " + message, cause);
    }

    @Override
    public boolean retryable() {
      return true;
    }
  }

  /** OKX refused the credentials or the signature (501xx). Only 50102, a stale clock, may pass. */
  public static final class AuthenticationFailed extends OkxException {
    public AuthenticationFailed(String endpoint, String code, String message) {
      super(endpoint, code, "authentication failed: " + message, null);
    }

    @Override
    public boolean retryable() {
      return OkxErrorCodes.TIMESTAMP_EXPIRED.equals(code().orElse(""));
    }
  }

  /**
   * A state-changing request may or may not have taken effect: a timeout or broken connection after
   * sending, HTTP 5xx, or OKX's own 50004/51054/51149. Never resend blindly: reconcile first (for
   * orders: {@code GET /api/v5/trade/order?clOrdId=}).
   */
  public static final class OutcomeUnknown extends OkxException {
    private final String clOrdId;

    public OutcomeUnknown(
        String endpoint, String code, String message, Optional<String> clOrdId, Throwable cause) {
      super(endpoint, code, "outcome unknown: " + message, cause);
      this.clOrdId = clOrdId.orElse(null);
    }

    /** The client order id to reconcile by, when the request carried one. */
    public Optional<String> clOrdId() {
      return Optional.ofNullable(clOrdId);
    }

    @Override
    public boolean retryable() {
      return false;
    }
  }
}
