package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * An item of {@code GET /api/v5/public/instruments}. For derivatives {@code lotSz}, {@code minSz}
 * and {@code max*Sz} count contracts; one contract is {@code ctVal * ctMult} of {@code ctValCcy}.
 */
public record Instrument(
    String instType,
    String instId,
    String instFamily,
    String uly,
    String settleCcy,
    Optional<BigDecimal> ctVal,
    String ctValCcy,
    Optional<BigDecimal> ctMult,
    String ctType,
    Optional<BigDecimal> tickSz,
    Optional<BigDecimal> lotSz,
    Optional<BigDecimal> minSz,
    Optional<BigDecimal> maxLmtSz,
    Optional<BigDecimal> maxMktSz,
    Optional<BigDecimal> maxLmtAmt,
    Optional<BigDecimal> maxMktAmt,
    Optional<BigDecimal> lever,
    String state,
    Optional<Instant> listTime,
    Optional<Instant> expTime) {

  public static Instrument from(OkxFields f) {
    return new Instrument(
        f.text("instType"),
        f.text("instId"),
        f.text("instFamily"),
        f.text("uly"),
        f.text("settleCcy"),
        f.decimal("ctVal"),
        f.text("ctValCcy"),
        f.decimal("ctMult"),
        f.text("ctType"),
        f.decimal("tickSz"),
        f.decimal("lotSz"),
        f.decimal("minSz"),
        f.decimal("maxLmtSz"),
        f.decimal("maxMktSz"),
        f.decimal("maxLmtAmt"),
        f.decimal("maxMktAmt"),
        f.decimal("lever"),
        f.text("state"),
        f.millis("listTime"),
        f.millis("expTime"));
  }
}
