package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * An item of {@code GET /api/v5/public/position-tiers}: a position of {@code minSz < n <= maxSz}
 * contracts needs maintenance rate {@code mmr} and may use at most {@code maxLever}.
 */
public record PositionTier(
    String instFamily,
    String uly,
    String instId,
    String tier,
    Optional<BigDecimal> minSz,
    Optional<BigDecimal> maxSz,
    Optional<BigDecimal> mmr,
    Optional<BigDecimal> imr,
    Optional<BigDecimal> maxLever) {

  public static PositionTier from(OkxFields f) {
    return new PositionTier(
        f.text("instFamily"),
        f.text("uly"),
        f.text("instId"),
        f.text("tier"),
        f.decimal("minSz"),
        f.decimal("maxSz"),
        f.decimal("mmr"),
        f.decimal("imr"),
        f.decimal("maxLever"));
  }
}
