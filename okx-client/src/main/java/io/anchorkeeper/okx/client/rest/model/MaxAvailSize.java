package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.math.BigDecimal;
import java.util.Optional;

/** {@code account/max-avail-size}: available balance or equity for opening. */
public record MaxAvailSize(
    String instId, Optional<BigDecimal> availBuy, Optional<BigDecimal> availSell) {

  public static MaxAvailSize from(OkxFields f) {
    return new MaxAvailSize(f.text("instId"), f.decimal("availBuy"), f.decimal("availSell"));
  }
}
