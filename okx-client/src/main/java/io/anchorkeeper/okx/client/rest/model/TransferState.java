package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code asset/transfer-state}; {@code state} is {@code success}, {@code pending} or {@code
 * failed}.
 */
public record TransferState(
    String transId,
    String clientId,
    String ccy,
    Optional<BigDecimal> amt,
    String type,
    String from,
    String to,
    String subAcct,
    String state) {

  public static TransferState from(OkxFields f) {
    return new TransferState(
        f.text("transId"),
        f.text("clientId"),
        f.text("ccy"),
        f.decimal("amt"),
        f.text("type"),
        f.text("from"),
        f.text("to"),
        f.text("subAcct"),
        f.text("state"));
  }
}
