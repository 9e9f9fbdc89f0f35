package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** A mark price: REST {@code public/mark-price} items and WebSocket {@code mark-price} pushes. */
public record MarkPrice(
    String instType, String instId, Optional<BigDecimal> markPx, Optional<Instant> ts) {

  public static MarkPrice from(OkxFields f) {
    return new MarkPrice(f.text("instType"), f.text("instId"), f.decimal("markPx"), f.millis("ts"));
  }
}
