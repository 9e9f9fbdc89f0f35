package io.anchorkeeper.okx.client.rest;

import io.anchorkeeper.okx.client.ratelimit.RateLimitRule;
import java.util.List;
import java.util.Objects;

/**
 * One OKX REST endpoint and what the client must know about it.
 *
 * @param signed whether it needs the {@code OK-ACCESS-*} headers
 * @param changesState whether it changes state on the exchange; a failure after sending is then an
 *     unknown outcome rather than a plain "unavailable"
 * @param limits every budget a call spends, all taken before sending
 */
public record Endpoint(
    HttpMethod method,
    String path,
    boolean signed,
    boolean changesState,
    List<RateLimitRule> limits) {

  public Endpoint {
    Objects.requireNonNull(method);
    Objects.requireNonNull(path);
    if (!path.startsWith("/api/v5/")) {
      throw new IllegalArgumentException("OKX v5 paths start with /api/v5/: " + path);
    }
    limits = List.copyOf(limits);
  }

  /** How errors and logs name this endpoint, e.g. {@code POST /api/v5/trade/order}. */
  public String displayName() {
    return method + " " + path;
  }

  @Override
  public String toString() {
    return displayName();
  }
}
