package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The answer of {@code asset/transfer}. It does not prove the transfer happened: poll {@code
 * transfer-state} with {@code transId} until {@code success} or {@code failed}.
 */
public record TransferResult(
    String transId, String clientId, String ccy, Optional<BigDecimal> amt, String from, String to) {

  public static TransferResult from(OkxFields f) {
    return new TransferResult(
        f.text("transId"),
        f.text("clientId"),
        f.text("ccy"),
        f.decimal("amt"),
        f.text("from"),
        f.text("to"));
  }
}
