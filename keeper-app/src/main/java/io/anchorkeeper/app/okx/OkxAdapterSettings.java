package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.procedure.RetryPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * How the adapter waits and caches.
 *
 * @param orderExpiry every order is sent with OKX's {@code expTime} = send time + this; must equal
 *     the core's {@link RetryPolicy#orderExpiry()}, which re-sends an unknown order only after it
 * @param pushWait how long to wait for the {@code orders} push that makes an order final before
 *     asking over REST ({@code GET trade/order}) instead
 * @param finalWait how long, in all, to wait for an accepted order to become final before answering
 *     with its working state (the core then keeps asking)
 * @param instrumentRefresh instrument specs and tiers older than this are read again on next use
 * @param markPricesPerConnection mark-price subscriptions per public WebSocket connection
 */
public record OkxAdapterSettings(
    Duration orderExpiry,
    Duration pushWait,
    Duration finalWait,
    Duration instrumentRefresh,
    int markPricesPerConnection) {

  public OkxAdapterSettings {
    requirePositive(orderExpiry, "orderExpiry");
    requirePositive(pushWait, "pushWait");
    requirePositive(finalWait, "finalWait");
    requirePositive(instrumentRefresh, "instrumentRefresh");
    if (markPricesPerConnection < 1) {
      throw new IllegalArgumentException(
          "markPricesPerConnection must be at least 1, was " + markPricesPerConnection);
    }
  }

  /** The core's default order expiry (10 s), 1.5 s for the push, 10 s in all, specs hourly. */
  public static OkxAdapterSettings defaults() {
    return forRetryPolicy(RetryPolicy.DEFAULT);
  }

  /** Defaults with the order expiry the procedures run with. */
  public static OkxAdapterSettings forRetryPolicy(RetryPolicy retry) {
    return new OkxAdapterSettings(
        retry.orderExpiry(),
        Duration.ofMillis(1500),
        Duration.ofSeconds(10),
        Duration.ofHours(1),
        100);
  }

  public OkxAdapterSettings withOrderExpiry(Duration value) {
    return new OkxAdapterSettings(
        value, pushWait, finalWait, instrumentRefresh, markPricesPerConnection);
  }

  public OkxAdapterSettings withPushWait(Duration value) {
    return new OkxAdapterSettings(
        orderExpiry, value, finalWait, instrumentRefresh, markPricesPerConnection);
  }

  public OkxAdapterSettings withFinalWait(Duration value) {
    return new OkxAdapterSettings(
        orderExpiry, pushWait, value, instrumentRefresh, markPricesPerConnection);
  }

  public OkxAdapterSettings withMarkPricesPerConnection(int value) {
    return new OkxAdapterSettings(orderExpiry, pushWait, finalWait, instrumentRefresh, value);
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, () -> name + " must not be null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
