package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.rest.RequestParams;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code POST /api/v5/asset/transfer}. {@code from}/{@code to}: "6" funding, "18" trading. {@code
 * type}: "0" within the caller, "1" master to sub, "2" sub to master (master key), "3" sub to
 * master (sub key), "4" sub to sub. {@code clientId} (1 to 32 letters or digits) lets an unknown
 * outcome be checked with {@code transfer-state}.
 */
public record TransferRequest(
    String ccy,
    BigDecimal amt,
    String from,
    String to,
    String type,
    Optional<String> subAcct,
    Optional<String> clientId) {

  public TransferRequest {
    Objects.requireNonNull(ccy);
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    Objects.requireNonNull(type);
    if (amt.signum() <= 0) {
      throw new IllegalArgumentException("amt must be positive: " + amt.toPlainString());
    }
    if ((type.equals("1") || type.equals("2") || type.equals("4")) && subAcct.isEmpty()) {
      throw new IllegalArgumentException("transfer type " + type + " needs subAcct");
    }
    clientId.ifPresent(id -> ClientIds.require("clientId", id, 32));
  }

  public RequestParams toParams() {
    return RequestParams.create()
        .put("ccy", ccy)
        .put("amt", amt)
        .put("from", from)
        .put("to", to)
        .put("type", type)
        .putIfPresent("subAcct", subAcct)
        .putIfPresent("clientId", clientId);
  }
}
