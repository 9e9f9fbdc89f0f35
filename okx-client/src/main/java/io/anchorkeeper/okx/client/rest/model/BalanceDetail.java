package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** One currency of an account balance ({@code details[]} of {@code account/balance}). */
public record BalanceDetail(
    String ccy,
    Optional<BigDecimal> eq,
    Optional<BigDecimal> cashBal,
    Optional<BigDecimal> availBal,
    Optional<BigDecimal> availEq,
    Optional<BigDecimal> frozenBal,
    Optional<BigDecimal> ordFrozen,
    Optional<BigDecimal> isoEq,
    Optional<BigDecimal> upl,
    Optional<BigDecimal> isoUpl,
    Optional<Instant> uTime) {

  public static BalanceDetail from(OkxFields f) {
    return new BalanceDetail(
        f.text("ccy"),
        f.decimal("eq"),
        f.decimal("cashBal"),
        f.decimal("availBal"),
        f.decimal("availEq"),
        f.decimal("frozenBal"),
        f.decimal("ordFrozen"),
        f.decimal("isoEq"),
        f.decimal("upl"),
        f.decimal("isoUpl"),
        f.millis("uTime"));
  }
}
