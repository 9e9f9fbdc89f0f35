package io.anchorkeeper.okx.client.ws.push;

import io.anchorkeeper.okx.client.rest.model.Position;
import java.util.List;
import java.util.Optional;

/**
 * A {@code positions} push. {@code eventType} is {@code snapshot} or {@code event_update}; a
 * snapshot may span pages ({@code curPage} of the last one has {@code lastPage} true). Only
 * positions with non-zero {@code pos} are pushed: a closed position vanishes or shows {@code pos}
 * 0, so confirm closes over REST.
 */
public record PositionsPush(
    WsArg arg,
    String eventType,
    Optional<Integer> curPage,
    Optional<Boolean> lastPage,
    List<Position> data) {
  public PositionsPush {
    data = List.copyOf(data);
  }
}
