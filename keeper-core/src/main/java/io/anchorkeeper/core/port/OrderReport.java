package io.anchorkeeper.core.port;

import io.anchorkeeper.core.id.ClientOrderId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Usdt;
import java.util.Objects;
import java.util.Optional;

/**
 * What one order did, aggregated over its fills.
 *
 * @param clientOrderId the id the keeper gave the order
 * @param exchangeOrderId the id the exchange gave it
 * @param state where it stands
 * @param requested the size sent
 * @param filled the size executed, at most {@code requested}
 * @param averagePrice the volume-weighted fill price, empty when nothing filled
 * @param fillCount the number of fills
 * @param feePaid fees charged, positive for a cost (a rebate is negative)
 * @param realisedPnl PnL realised by the closing part of the fills, fees excluded
 */
public record OrderReport(
    ClientOrderId clientOrderId,
    String exchangeOrderId,
    OrderState state,
    Contracts requested,
    Contracts filled,
    Optional<Price> averagePrice,
    int fillCount,
    Usdt feePaid,
    Usdt realisedPnl) {

  public OrderReport {
    Objects.requireNonNull(clientOrderId, "clientOrderId must not be null");
    Objects.requireNonNull(exchangeOrderId, "exchangeOrderId must not be null");
    Objects.requireNonNull(state, "state must not be null");
    Objects.requireNonNull(requested, "requested must not be null");
    Objects.requireNonNull(filled, "filled must not be null");
    Objects.requireNonNull(averagePrice, "averagePrice must not be null");
    Objects.requireNonNull(feePaid, "feePaid must not be null");
    Objects.requireNonNull(realisedPnl, "realisedPnl must not be null");
    if (filled.isGreaterThan(requested)) {
      throw new IllegalArgumentException(
          clientOrderId.value() + " filled " + filled + " of only " + requested + " requested");
    }
    if (fillCount < 0) {
      throw new IllegalArgumentException("fillCount must not be negative, was " + fillCount);
    }
    if (filled.isPositive() && averagePrice.isEmpty()) {
      throw new IllegalArgumentException(
          clientOrderId.value() + " filled " + filled + " but has no average price");
    }
  }

  /** What was asked but not executed. */
  public Contracts unfilled() {
    return requested.minus(filled);
  }
}
