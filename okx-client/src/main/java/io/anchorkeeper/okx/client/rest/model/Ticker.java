package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** A ticker: REST {@code market/ticker} items and WebSocket {@code tickers} pushes. */
public record Ticker(
    String instType,
    String instId,
    Optional<BigDecimal> last,
    Optional<BigDecimal> lastSz,
    Optional<BigDecimal> askPx,
    Optional<BigDecimal> askSz,
    Optional<BigDecimal> bidPx,
    Optional<BigDecimal> bidSz,
    Optional<BigDecimal> open24h,
    Optional<BigDecimal> high24h,
    Optional<BigDecimal> low24h,
    Optional<BigDecimal> vol24h,
    Optional<BigDecimal> volCcy24h,
    Optional<BigDecimal> sodUtc0,
    Optional<BigDecimal> sodUtc8,
    Optional<Instant> ts) {

  public static Ticker from(OkxFields f) {
    return new Ticker(
        f.text("instType"),
        f.text("instId"),
        f.decimal("last"),
        f.decimal("lastSz"),
        f.decimal("askPx"),
        f.decimal("askSz"),
        f.decimal("bidPx"),
        f.decimal("bidSz"),
        f.decimal("open24h"),
        f.decimal("high24h"),
        f.decimal("low24h"),
        f.decimal("vol24h"),
        f.decimal("volCcy24h"),
        f.decimal("sodUtc0"),
        f.decimal("sodUtc8"),
        f.millis("ts"));
  }
}
