package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.error.OkxErrorCodes;
import io.anchorkeeper.okx.client.error.OkxException;
import io.anchorkeeper.okx.client.json.OkxFields;
import java.time.Instant;
import java.util.Optional;

/**
 * One item of an order-type answer (place, batch, cancel): {@code sCode} "0" means this item
 * succeeded, anything else is its own failure with {@code sMsg}.
 */
public record OrderAck(
    String ordId, String clOrdId, String tag, Optional<Instant> ts, String sCode, String sMsg) {

  public static OrderAck from(OkxFields f) {
    return new OrderAck(
        f.text("ordId"),
        f.text("clOrdId"),
        f.text("tag"),
        f.millis("ts"),
        f.text("sCode"),
        f.text("sMsg"));
  }

  public boolean succeeded() {
    return sCode.equals(OkxErrorCodes.SUCCESS);
  }

  /**
   * This item's failure in the same family single calls throw, e.g. {@link OkxException.Rejected}
   * for 51008 or {@link OkxException.OutcomeUnknown} for 51149.
   */
  public Optional<OkxException> failure(String endpoint) {
    if (succeeded()) {
      return Optional.empty();
    }
    Optional<String> id = clOrdId.isEmpty() ? Optional.empty() : Optional.of(clOrdId);
    return Optional.of(OkxErrorCodes.classify(endpoint, true, sCode, sMsg, id));
  }
}
