package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;

/** The answer of {@code trade/close-position}; OKX returns no order id for it. */
public record ClosePositionResult(String instId, String posSide, String clOrdId, String tag) {

  public static ClosePositionResult from(OkxFields f) {
    return new ClosePositionResult(
        f.text("instId"), f.text("posSide"), f.text("clOrdId"), f.text("tag"));
  }
}
