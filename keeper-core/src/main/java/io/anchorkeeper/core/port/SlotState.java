package io.anchorkeeper.core.port;

import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.value.Usdt;
import java.util.Objects;
import java.util.Optional;

/** A slot's position, if any, and its account's free USDT, read together. */
public record SlotState(Optional<PositionSnapshot> position, Usdt availableBalance) {

  public SlotState {
    Objects.requireNonNull(position, "position must not be null");
    Objects.requireNonNull(availableBalance, "availableBalance must not be null");
  }
}
