package io.anchorkeeper.okx.client.ws.push;

import io.anchorkeeper.okx.client.rest.model.MarkPrice;
import java.util.List;

/** A {@code mark-price} push: every 200 ms while the price moves, else every 10 s. */
public record MarkPricePush(WsArg arg, List<MarkPrice> data) {
  public MarkPricePush {
    data = List.copyOf(data);
  }
}
