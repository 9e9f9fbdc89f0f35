package io.anchorkeeper.okx.client.error;

import java.util.Optional;
import java.util.Set;

/**
 * Maps an OKX code to the failure family. The same rules serve a top-level {@code code} and an
 * item's {@code sCode}, REST and WebSocket.
 */
public final class OkxErrorCodes {
  public static final String SUCCESS = "0";
  public static final String ALL_FAILED = "1";
  public static final String PARTIAL = "2";
  public static final String TIMESTAMP_EXPIRED = "50102";

  private static final Set<String> RATE_LIMITED = Set.of("50011", "50061");
  private static final Set<String> UNAVAILABLE = Set.of("50001", "50013", "50026");
  private static final Set<String> TIMED_OUT_AT_OKX = Set.of("50004", "51054", "51149");
  private static final Set<String> EXPIRED = Set.of("50036", "50037");

  private OkxErrorCodes() {}

  /**
   * The failure for a non-zero OKX code.
   *
   * @param changesState whether the call changes state on the exchange; then an OKX-side timeout
   *     means the outcome is unknown, while for a read it only means "try again"
   */
  public static OkxException classify(
      String endpoint,
      boolean changesState,
      String code,
      String message,
      Optional<String> clOrdId) {
    if (RATE_LIMITED.contains(code)) {
      return new OkxException.RateLimited(endpoint, code, code + " " + message);
    }
    if (UNAVAILABLE.contains(code)) {
      return new OkxException.Unavailable(endpoint, code, code + " " + message, null);
    }
    if (TIMED_OUT_AT_OKX.contains(code)) {
      return changesState
          ? new OkxException.OutcomeUnknown(endpoint, code, code + " " + message, clOrdId, null)
          : new OkxException.Unavailable(endpoint, code, code + " " + message, null);
    }
    if (isAuthentication(code)) {
      return new OkxException.AuthenticationFailed(endpoint, code, code + " " + message);
    }
    return new OkxException.Rejected(endpoint, code, message, clOrdId);
  }

  /**
   * 50036 (the {@code expTime} deadline had passed on arrival) and 50037 (the order expired before
   * processing): OKX dropped the request, which certainly did not execute.
   */
  public static boolean isExpired(String code) {
    return EXPIRED.contains(code);
  }

  /** 50100 to 50199: key, passphrase, timestamp, IP whitelist and signature failures. */
  public static boolean isAuthentication(String code) {
    return code.length() == 5 && code.startsWith("501");
  }
}
