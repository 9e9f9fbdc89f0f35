package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.math.BigDecimal;
import java.util.Optional;

/** {@code account/max-size}: the largest order, in contracts for SWAP. */
public record MaxSize(
    String instId, String ccy, Optional<BigDecimal> maxBuy, Optional<BigDecimal> maxSell) {

  public static MaxSize from(OkxFields f) {
    return new MaxSize(f.text("instId"), f.text("ccy"), f.decimal("maxBuy"), f.decimal("maxSell"));
  }
}
