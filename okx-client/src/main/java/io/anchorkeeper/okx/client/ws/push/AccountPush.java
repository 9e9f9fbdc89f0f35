package io.anchorkeeper.okx.client.ws.push;

import io.anchorkeeper.okx.client.rest.model.Balance;
import java.util.List;
import java.util.Optional;

/** An {@code account} push: balances as REST {@code account/balance}, paged like positions. */
public record AccountPush(
    WsArg arg,
    String eventType,
    Optional<Integer> curPage,
    Optional<Boolean> lastPage,
    List<Balance> data) {
  public AccountPush {
    data = List.copyOf(data);
  }
}
