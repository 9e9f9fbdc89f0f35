package io.anchorkeeper.okx.emulator.http;

/**
 * One request as the emulator received it. {@code receivedAtMicros} is on the emulator's clock
 * (virtual or real); {@code receivedNanos} is {@link System#nanoTime()} at receipt, for measuring
 * real latencies. {@code account} is the name behind the API key sent ("" when none or unknown).
 * {@code status} and {@code code} are 0 and "" until the answer is sent. WebSocket operations are
 * logged with method {@code WS} and a path such as {@code /ws/v5/private#order}.
 */
public record RequestRecord(
    long seq,
    long receivedAtMillis,
    long receivedAtMicros,
    long receivedNanos,
    String method,
    String path,
    String account,
    int status,
    String code) {

  public RequestRecord completed(int httpStatus, String okxCode) {
    return new RequestRecord(
        seq,
        receivedAtMillis,
        receivedAtMicros,
        receivedNanos,
        method,
        path,
        account,
        httpStatus,
        okxCode);
  }
}
