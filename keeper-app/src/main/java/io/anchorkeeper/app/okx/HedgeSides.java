package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.plan.OrderDirection;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.okx.client.rest.model.PosSide;
import io.anchorkeeper.okx.client.rest.model.Side;
import java.util.Optional;

/** Position sides and order sides between the core and OKX's hedge (long/short) mode. */
final class HedgeSides {

  private HedgeSides() {}

  static PosSide posSide(PositionSide side) {
    return side == PositionSide.LONG ? PosSide.LONG : PosSide.SHORT;
  }

  /** OKX's {@code long} or {@code short}; empty for {@code net} and anything else. */
  static Optional<PositionSide> parse(String posSide) {
    return switch (posSide) {
      case "long" -> Optional.of(PositionSide.LONG);
      case "short" -> Optional.of(PositionSide.SHORT);
      default -> Optional.empty();
    };
  }

  /** Open long and close short buy; open short and close long sell. */
  static boolean buys(OrderDirection direction, PositionSide side) {
    return direction.opensPosition() == (side == PositionSide.LONG);
  }

  static Side orderSide(OrderDirection direction, PositionSide side) {
    return buys(direction, side) ? Side.BUY : Side.SELL;
  }
}
