package io.anchorkeeper.app.okx;

import io.anchorkeeper.okx.emulator.fault.FaultPlan;
import io.anchorkeeper.okx.emulator.fault.FaultRule;
import io.anchorkeeper.okx.emulator.fault.FaultType;

/** The emulator's fault rules by name, for readable tests. */
public final class Faults {

  public static final String PLACE = "/api/v5/trade/order";

  private Faults() {}

  public static FaultPlan plan(FaultRule... rules) {
    return FaultPlan.of(null, rules);
  }

  /** Answers {@code status}/{@code code} instead of handling {@code count} requests. */
  static FaultRule httpError(
      String method, String path, String account, int count, int status, String code) {
    return new FaultRule(
        FaultType.HTTP_ERROR,
        path,
        method,
        account,
        null,
        count,
        1,
        0,
        0,
        status,
        code,
        null,
        0,
        false,
        false);
  }

  static FaultRule rateLimit(String method, String path, String account, int count) {
    return new FaultRule(
        FaultType.RATE_LIMIT,
        path,
        method,
        account,
        null,
        count,
        1,
        0,
        0,
        null,
        null,
        null,
        0,
        false,
        false);
  }

  /** Handles (executes) the request after {@code skip} matches, then holds the answer. */
  public static FaultRule timeoutAfterExecution(String account, int skip, long holdMs) {
    return new FaultRule(
        FaultType.TIMEOUT_AFTER_EXECUTION,
        PLACE,
        "POST",
        account,
        null,
        1,
        1,
        skip,
        0,
        null,
        null,
        null,
        holdMs,
        false,
        false);
  }

  public static FaultRule latency(String method, String path, String account, long millis) {
    return new FaultRule(
        FaultType.LATENCY,
        path,
        method,
        account,
        null,
        null,
        1,
        0,
        millis,
        null,
        null,
        null,
        0,
        false,
        false);
  }

  /** Drops the account's (or, with null, every) connection on {@code channel} at once. */
  static FaultRule dropNow(String channel, String account) {
    return new FaultRule(
        FaultType.WS_DROP,
        null,
        null,
        account,
        channel,
        1,
        1,
        0,
        0,
        null,
        null,
        null,
        0,
        false,
        true);
  }

  /** Drops the account's private connection instead of its next {@code count} pushes. */
  static FaultRule dropInsteadOfPushes(String account, int count) {
    return new FaultRule(
        FaultType.WS_DROP,
        null,
        null,
        account,
        "private",
        count,
        1,
        0,
        0,
        null,
        null,
        null,
        0,
        false,
        false);
  }
}
