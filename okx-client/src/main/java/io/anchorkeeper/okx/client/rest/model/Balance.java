package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A trading-account balance: {@code account/balance}, {@code account/subaccount/balances} and the
 * WebSocket {@code account} channel share this shape.
 */
public record Balance(
    Optional<BigDecimal> totalEq,
    Optional<BigDecimal> isoEq,
    Optional<BigDecimal> upl,
    Optional<Instant> uTime,
    List<BalanceDetail> details) {

  public Balance {
    details = List.copyOf(details);
  }

  public static Balance from(OkxFields f) {
    return new Balance(
        f.decimal("totalEq"),
        f.decimal("isoEq"),
        f.decimal("upl"),
        f.millis("uTime"),
        f.list("details", BalanceDetail::from));
  }

  /** The detail of one currency, if the account holds it. */
  public Optional<BalanceDetail> detail(String ccy) {
    return details.stream().filter(d -> d.ccy().equals(ccy)).findFirst();
  }
}
