package io.anchorkeeper.app.web.actions;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a confirmation: an order or a margin change the action is expected to make.
 *
 * @param step the procedure's step number
 * @param kind a label key: {@code close_old}, {@code open}, {@code trim}, {@code add_margin},
 *     {@code reduce_margin}
 * @param size contracts, for orders
 * @param amount USDT: the margin an order opens or keeps at the mark, or a margin change
 * @param approximate true when the figure depends on what an earlier step fills (the trim)
 */
public record PlannedLine(
    int step,
    String kind,
    Optional<BigDecimal> size,
    Optional<BigDecimal> amount,
    boolean approximate) {

  public PlannedLine {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(size, "size must not be null");
    Objects.requireNonNull(amount, "amount must not be null");
  }
}
