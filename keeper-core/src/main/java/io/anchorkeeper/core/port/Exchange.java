package io.anchorkeeper.core.port;

import io.anchorkeeper.core.id.ClientOrderId;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Usdt;
import java.util.List;
import java.util.Optional;

/**
 * The exchange as the keeper uses it: isolated-margin swaps in hedge mode, market orders only.
 * Every method may throw an {@link ExchangeException}; after an {@link
 * ExchangeException.OutcomeUnknown} from {@link #placeMarketOrder} the caller asks {@link
 * #findOrder} about the same client order id before it sends anything again.
 */
public interface Exchange {

  /** The instrument's current specification and maintenance-margin tiers. */
  InstrumentSpec instrument(InstrumentId instrument);

  /** The instrument's current mark price. */
  Price markPrice(InstrumentId instrument);

  /** The slot's open position, or empty when it holds none. */
  Optional<PositionSnapshot> position(SlotId slot);

  /** All open isolated swap positions of the account. */
  List<PositionSnapshot> positions(AccountName account);

  /** USDT the account can put into new positions or margin now. */
  Usdt availableBalance(AccountName account);

  /**
   * The slot's position and its account's free USDT together. Adapters may read both at once to
   * save a round trip before a maintenance.
   */
  default SlotState slotState(SlotId slot) {
    return new SlotState(position(slot), availableBalance(slot.account()));
  }

  /** The slot side's leverage setting, or empty when the exchange reports none. */
  Optional<Leverage> leverage(SlotId slot);

  /** True when the slot's instrument and side has orders waiting on the book. */
  boolean hasPendingOrders(SlotId slot);

  /** Sets the slot side's leverage. */
  void setLeverage(SlotId slot, Leverage leverage);

  /**
   * Sends one market order of at most the instrument's {@code maxMktSz} and waits until it is final
   * (filled, or cancelled with what filled before), returning what happened.
   */
  OrderReport placeMarketOrder(MarketOrder order);

  /**
   * What the exchange knows of the order with this client order id: empty when it never received
   * it. A report that is not yet final means the order is still working.
   */
  Optional<OrderReport> findOrder(SlotId slot, ClientOrderId clientOrderId);

  /** Adds margin to or removes margin from the slot's isolated position. */
  MarginChangeReport adjustMargin(SlotId slot, MarginChange change);
}
