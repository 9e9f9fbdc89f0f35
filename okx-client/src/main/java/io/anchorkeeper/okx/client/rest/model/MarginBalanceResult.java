package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The answer of {@code account/position/margin-balance}; {@code leverage} is the effective leverage
 * after the change, when OKX reports it.
 */
public record MarginBalanceResult(
    String instId,
    String posSide,
    String type,
    Optional<BigDecimal> amt,
    String ccy,
    Optional<BigDecimal> leverage) {

  public static MarginBalanceResult from(OkxFields f) {
    return new MarginBalanceResult(
        f.text("instId"),
        f.text("posSide"),
        f.text("type"),
        f.decimal("amt"),
        f.text("ccy"),
        f.decimal("leverage"));
  }
}
