package io.anchorkeeper.okx.client.ws.push;

import java.util.List;

/** An {@code orders} push; the channel sends no snapshot, so reconcile over REST on resync. */
public record OrdersPush(WsArg arg, List<OrderUpdate> data) {
  public OrdersPush {
    data = List.copyOf(data);
  }
}
