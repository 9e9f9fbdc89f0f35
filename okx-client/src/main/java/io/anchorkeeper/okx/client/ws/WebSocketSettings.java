package io.anchorkeeper.okx.client.ws;

import java.time.Duration;
import java.util.Objects;

/**
 * Keep-alive and reconnect timing. OKX drops a connection silent for 30 s, so {@code pingInterval}
 * (silence before a text {@code ping}) must stay below that.
 *
 * @param pongTimeout how long to wait for {@code pong} (or any message) before reconnecting
 * @param ackTimeout how long login and subscription acknowledgements may take
 * @param jitterSeed seeds the backoff jitter, for reproducible tests
 */
public record WebSocketSettings(
    Duration pingInterval,
    Duration pongTimeout,
    Duration connectTimeout,
    Duration minBackoff,
    Duration maxBackoff,
    Duration ackTimeout,
    long jitterSeed) {

  public WebSocketSettings {
    Objects.requireNonNull(pingInterval);
    Objects.requireNonNull(pongTimeout);
    Objects.requireNonNull(connectTimeout);
    Objects.requireNonNull(minBackoff);
    Objects.requireNonNull(maxBackoff);
    Objects.requireNonNull(ackTimeout);
    if (pingInterval.compareTo(Duration.ofSeconds(30)) >= 0 || pingInterval.isNegative()) {
      throw new IllegalArgumentException("pingInterval must be under OKX's 30 s: " + pingInterval);
    }
    if (minBackoff.compareTo(maxBackoff) > 0 || minBackoff.isZero()) {
      throw new IllegalArgumentException("need 0 < minBackoff <= maxBackoff");
    }
  }

  /** Ping after 20 s of silence, 5 s for pong, backoff 0.5 s doubling to 30 s. */
  public static WebSocketSettings defaults() {
    return new WebSocketSettings(
        Duration.ofSeconds(20),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        Duration.ofSeconds(10),
        System.nanoTime());
  }

  /** How often liveness is checked: a quarter of the shorter of ping interval and pong timeout. */
  public Duration heartbeatTick() {
    long millis = Math.min(pingInterval.toMillis(), pongTimeout.toMillis()) / 4;
    return Duration.ofMillis(Math.max(10, millis));
  }

  public WebSocketSettings withPing(Duration interval, Duration timeout) {
    return new WebSocketSettings(
        interval, timeout, connectTimeout, minBackoff, maxBackoff, ackTimeout, jitterSeed);
  }

  public WebSocketSettings withBackoff(Duration min, Duration max, long seed) {
    return new WebSocketSettings(
        pingInterval, pongTimeout, connectTimeout, min, max, ackTimeout, seed);
  }

  public WebSocketSettings withAckTimeout(Duration timeout) {
    return new WebSocketSettings(
        pingInterval, pongTimeout, connectTimeout, minBackoff, maxBackoff, timeout, jitterSeed);
  }
}
