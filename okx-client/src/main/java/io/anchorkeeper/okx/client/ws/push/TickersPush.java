package io.anchorkeeper.okx.client.ws.push;

import io.anchorkeeper.okx.client.rest.model.Ticker;
import java.util.List;

/** A {@code tickers} push. */
public record TickersPush(WsArg arg, List<Ticker> data) {
  public TickersPush {
    data = List.copyOf(data);
  }
}
