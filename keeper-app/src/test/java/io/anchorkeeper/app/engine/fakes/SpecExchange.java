package io.anchorkeeper.app.engine.fakes;

import io.anchorkeeper.core.id.ClientOrderId;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.port.Exchange;
import io.anchorkeeper.core.port.MarginChange;
import io.anchorkeeper.core.port.MarginChangeReport;
import io.anchorkeeper.core.port.MarketOrder;
import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Usdt;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An exchange that knows the instruments' specs and refuses everything else. */
public final class SpecExchange implements Exchange {

  private final Map<InstrumentId, InstrumentSpec> specs;

  public SpecExchange(Map<InstrumentId, InstrumentSpec> specs) {
    this.specs = Map.copyOf(specs);
  }

  @Override
  public InstrumentSpec instrument(InstrumentId instrument) {
    InstrumentSpec spec = specs.get(instrument);
    if (spec == null) {
      throw new IllegalArgumentException("no spec for " + instrument);
    }
    return spec;
  }

  @Override
  public Price markPrice(InstrumentId instrument) {
    throw refused();
  }

  @Override
  public Optional<PositionSnapshot> position(SlotId slot) {
    throw refused();
  }

  @Override
  public List<PositionSnapshot> positions(AccountName account) {
    throw refused();
  }

  @Override
  public Usdt availableBalance(AccountName account) {
    throw refused();
  }

  @Override
  public Optional<Leverage> leverage(SlotId slot) {
    throw refused();
  }

  @Override
  public boolean hasPendingOrders(SlotId slot) {
    throw refused();
  }

  @Override
  public void setLeverage(SlotId slot, Leverage leverage) {
    throw refused();
  }

  @Override
  public OrderReport placeMarketOrder(MarketOrder order) {
    throw refused();
  }

  @Override
  public Optional<OrderReport> findOrder(SlotId slot, ClientOrderId clientOrderId) {
    throw refused();
  }

  @Override
  public MarginChangeReport adjustMargin(SlotId slot, MarginChange change) {
    throw refused();
  }

  private static UnsupportedOperationException refused() {
    return new UnsupportedOperationException("the benchmark's exchange only knows specs");
  }
}
