package io.anchorkeeper.core.port;

import java.util.Objects;

/**
 * A failed exchange call, as one of four kinds. Messages never carry credentials.
 *
 * <ul>
 *   <li>{@link Rejected}: the exchange answered no; sending the same again gives the same answer.
 *   <li>{@link RateLimited}: the request was refused for its rate and may be sent later.
 *   <li>{@link Unavailable}: the request certainly did not take effect; it may be sent later.
 *   <li>{@link OutcomeUnknown}: the request may or may not have taken effect; find out first.
 * </ul>
 */
public abstract sealed class ExchangeException extends RuntimeException
    permits ExchangeException.Rejected,
        ExchangeException.RateLimited,
        ExchangeException.Unavailable,
        ExchangeException.OutcomeUnknown {

  private static final long serialVersionUID = 1L;

  private ExchangeException(String message, Throwable cause) {
    super(message, cause);
  }

  /** True when sending the same request again later is safe and may succeed. */
  public abstract boolean retryable();

  /** The exchange refused the request. */
  public static final class Rejected extends ExchangeException {
    private static final long serialVersionUID = 1L;
    private final RejectReason reason;
    private final String code;

    public Rejected(RejectReason reason, String code, String message) {
      super(message, null);
      this.reason = Objects.requireNonNull(reason, "reason must not be null");
      this.code = Objects.requireNonNull(code, "code must not be null");
    }

    public RejectReason reason() {
      return reason;
    }

    /** The exchange's own error code, e.g. {@code 51008}. */
    public String code() {
      return code;
    }

    @Override
    public boolean retryable() {
      return false;
    }
  }

  /** Refused for the request rate. */
  public static final class RateLimited extends ExchangeException {
    private static final long serialVersionUID = 1L;

    public RateLimited(String message, Throwable cause) {
      super(message, cause);
    }

    @Override
    public boolean retryable() {
      return true;
    }
  }

  /** The exchange could not be reached or is down; the request did not take effect. */
  public static final class Unavailable extends ExchangeException {
    private static final long serialVersionUID = 1L;

    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }

    @Override
    public boolean retryable() {
      return true;
    }
  }

  /** The request may have taken effect: reconcile (for orders, by client order id) first. */
  public static final class OutcomeUnknown extends ExchangeException {
    private static final long serialVersionUID = 1L;

    public OutcomeUnknown(String message, Throwable cause) {
      super(message, cause);
    }

    @Override
    public boolean retryable() {
      return false;
    }
  }
}
