package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.port.MarketOrder;
import io.anchorkeeper.core.port.RejectReason;
import java.util.Optional;

/**
 * The instrument's size rules, checked before an order leaves: nothing reaches the exchange that it
 * would refuse for its size. A refusal carries the code OKX itself gives for the same fault (51020
 * below {@code minSz}, 51121 not a lot multiple, 51202 above {@code maxMktSz}) and says that the
 * order was not sent.
 */
public final class OrderSizeRules {

  private OrderSizeRules() {}

  /** The refusal for this order's size, or empty when the exchange would accept it. */
  public static Optional<ExchangeException.Rejected> refusal(
      InstrumentSpec spec, MarketOrder order) {
    if (order.size().isLessThan(spec.minSz())) {
      return refuse("51020", order + " is below the minimum size " + spec.minSz());
    }
    if (!order.size().isMultipleOf(spec.lotSz())) {
      return refuse(
          "51121",
          order
              + " is not a multiple of the lot size "
              + spec.lotSz().stripTrailingZeros().toPlainString());
    }
    if (order.size().isGreaterThan(spec.maxMktSz())) {
      return refuse("51202", order + " is above the largest market order " + spec.maxMktSz());
    }
    return Optional.empty();
  }

  private static Optional<ExchangeException.Rejected> refuse(String code, String why) {
    return Optional.of(
        new ExchangeException.Rejected(RejectReason.INVALID_SIZE, code, why + "; not sent"));
  }
}
