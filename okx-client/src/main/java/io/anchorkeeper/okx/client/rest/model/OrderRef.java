package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.rest.RequestParams;
import java.util.Objects;

/** Names one order of an instrument, by OKX's {@code ordId} or by the caller's {@code clOrdId}. */
public record OrderRef(String instId, String field, String value) {

  public OrderRef {
    Objects.requireNonNull(instId);
    if (!field.equals("ordId") && !field.equals("clOrdId")) {
      throw new IllegalArgumentException("An order is named by ordId or clOrdId, not " + field);
    }
    if (value.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
  }

  public static OrderRef byOrdId(String instId, String ordId) {
    return new OrderRef(instId, "ordId", ordId);
  }

  public static OrderRef byClOrdId(String instId, String clOrdId) {
    return new OrderRef(instId, "clOrdId", ClientIds.require("clOrdId", clOrdId, 32));
  }

  public RequestParams toParams() {
    return RequestParams.create().put("instId", instId).put(field, value);
  }
}
