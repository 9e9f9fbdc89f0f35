package io.anchorkeeper.okx.client.ws.push;

import java.util.List;

/** A {@code balance_and_position} push. */
public record BalanceAndPositionPush(WsArg arg, List<BalanceAndPosition> data) {
  public BalanceAndPositionPush {
    data = List.copyOf(data);
  }
}
