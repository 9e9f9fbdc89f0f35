package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code account/trade-fee}. {@code takerU}/{@code makerU} are the USDT-margined contract rates; a
 * negative rate is a charge, a positive one a rebate.
 */
public record TradeFee(
    String instType,
    String level,
    Optional<BigDecimal> taker,
    Optional<BigDecimal> maker,
    Optional<BigDecimal> takerU,
    Optional<BigDecimal> makerU,
    Optional<Instant> ts) {

  public static TradeFee from(OkxFields f) {
    return new TradeFee(
        f.text("instType"),
        f.text("level"),
        f.decimal("taker"),
        f.decimal("maker"),
        f.decimal("takerU"),
        f.decimal("makerU"),
        f.millis("ts"));
  }
}
