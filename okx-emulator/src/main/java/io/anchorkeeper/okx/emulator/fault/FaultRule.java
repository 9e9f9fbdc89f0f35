package io.anchorkeeper.okx.emulator.fault;

/**
 * One rule of a fault plan. Scope: {@code path} (exact, or a prefix when it ends in {@code *}; null
 * for any), {@code method} (null for any), {@code account} (account name; null for any, "" for
 * unauthenticated requests), {@code channel} for WS_DROP ({@code public}, {@code private}, {@code
 * business}; null for any). Firing: the first {@code skip} matches pass untouched, then each match
 * fires with {@code probability} (seeded) until {@code count} firings (null: no limit). Effect
 * fields apply by type: {@code latencyMs}; {@code status}, {@code code}, {@code msg}; {@code
 * holdMs} and {@code abort} for TIMEOUT_AFTER_EXECUTION; {@code immediate} for WS_DROP (drop
 * matching open connections when the plan is posted).
 */
public record FaultRule(
    FaultType type,
    String path,
    String method,
    String account,
    String channel,
    Integer count,
    double probability,
    int skip,
    long latencyMs,
    Integer status,
    String code,
    String msg,
    long holdMs,
    boolean abort,
    boolean immediate) {

  public FaultRule {
    if (type == null) {
      throw new IllegalArgumentException("fault type is required");
    }
    if (probability < 0 || probability > 1) {
      throw new IllegalArgumentException("probability must be in [0, 1]");
    }
    if ((count != null && count < 0) || skip < 0 || latencyMs < 0 || holdMs < 0) {
      throw new IllegalArgumentException("count, skip, latencyMs and holdMs must not be negative");
    }
  }

  /** HTTP status of an error answer, with the type's default. */
  public int statusOrDefault() {
    if (status != null) {
      return status;
    }
    return switch (type) {
      case RATE_LIMIT -> 429;
      case TIMEOUT_AFTER_EXECUTION -> 504;
      default -> 503;
    };
  }

  /** OKX code of an error answer, with the type's default. */
  public String codeOrDefault() {
    if (code != null) {
      return code;
    }
    return switch (type) {
      case RATE_LIMIT -> "50011";
      case TIMEOUT_AFTER_EXECUTION -> "50004";
      default -> "50001";
    };
  }

  /** Message of an error answer, with the type's default. */
  public String msgOrDefault() {
    if (msg != null) {
      return msg;
    }
    return switch (type) {
      case RATE_LIMIT -> "Too Many Requests";
      case TIMEOUT_AFTER_EXECUTION -> "Endpoint request timeout. ";
      default -> "Service temporarily unavailable. Please try again later ";
    };
  }

  boolean matchesRequest(String requestMethod, String requestPath, String accountName) {
    return type != FaultType.WS_DROP
        && (method == null || method.equalsIgnoreCase(requestMethod))
        && pathMatches(requestPath)
        && (account == null || account.equals(accountName == null ? "" : accountName));
  }

  boolean matchesConnection(String connectionChannel, String accountName) {
    return type == FaultType.WS_DROP
        && (channel == null || channel.equals(connectionChannel))
        && (account == null || account.equals(accountName == null ? "" : accountName));
  }

  private boolean pathMatches(String requestPath) {
    if (path == null || path.isEmpty()) {
      return true;
    }
    return path.endsWith("*")
        ? requestPath.startsWith(path.substring(0, path.length() - 1))
        : requestPath.equals(path);
  }
}
