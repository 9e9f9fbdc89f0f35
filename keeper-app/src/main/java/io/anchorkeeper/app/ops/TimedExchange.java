package io.anchorkeeper.app.ops;

import io.anchorkeeper.core.id.ClientOrderId;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.port.Exchange;
import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.port.MarginChange;
import io.anchorkeeper.core.port.MarginChangeReport;
import io.anchorkeeper.core.port.MarketOrder;
import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.port.SlotState;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Usdt;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The exchange with its market orders timed: {@code keeper.exchange.order.latency} by {@code
 * outcome} (ok, or the failure: rejected, rate_limited, unavailable, outcome_unknown), from sending
 * to the order's final state, with buckets at the usual service levels. Every other call is passed
 * through untouched.
 */
final class TimedExchange implements Exchange {

  private static final Duration[] LEVELS = {
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofSeconds(2),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10)
  };

  private final Exchange delegate;
  private final MeterRegistry registry;

  TimedExchange(Exchange delegate, MeterRegistry registry) {
    this.delegate = Objects.requireNonNull(delegate, "delegate must not be null");
    this.registry = Objects.requireNonNull(registry, "registry must not be null");
    timer("ok");
  }

  @Override
  public OrderReport placeMarketOrder(MarketOrder order) {
    Timer.Sample sample = Timer.start(registry);
    String outcome = "ok";
    try {
      return delegate.placeMarketOrder(order);
    } catch (ExchangeException e) {
      outcome = outcome(e);
      throw e;
    } catch (RuntimeException e) {
      outcome = "error";
      throw e;
    } finally {
      sample.stop(timer(outcome));
    }
  }

  private Timer timer(String outcome) {
    return Timer.builder("keeper.exchange.order.latency")
        .description("Time from sending a market order to its final state")
        .tag("outcome", outcome)
        .serviceLevelObjectives(LEVELS)
        .register(registry);
  }

  private static String outcome(ExchangeException e) {
    if (e instanceof ExchangeException.Rejected) {
      return "rejected";
    }
    if (e instanceof ExchangeException.RateLimited) {
      return "rate_limited";
    }
    if (e instanceof ExchangeException.Unavailable) {
      return "unavailable";
    }
    return "outcome_unknown";
  }

  @Override
  public InstrumentSpec instrument(InstrumentId instrument) {
    return delegate.instrument(instrument);
  }

  @Override
  public Price markPrice(InstrumentId instrument) {
    return delegate.markPrice(instrument);
  }

  @Override
  public Optional<PositionSnapshot> position(SlotId slot) {
    return delegate.position(slot);
  }

  @Override
  public List<PositionSnapshot> positions(AccountName account) {
    return delegate.positions(account);
  }

  @Override
  public Usdt availableBalance(AccountName account) {
    return delegate.availableBalance(account);
  }

  @Override
  public SlotState slotState(SlotId slot) {
    return delegate.slotState(slot);
  }

  @Override
  public Optional<Leverage> leverage(SlotId slot) {
    return delegate.leverage(slot);
  }

  @Override
  public boolean hasPendingOrders(SlotId slot) {
    return delegate.hasPendingOrders(slot);
  }

  @Override
  public void setLeverage(SlotId slot, Leverage leverage) {
    delegate.setLeverage(slot, leverage);
  }

  @Override
  public Optional<OrderReport> findOrder(SlotId slot, ClientOrderId clientOrderId) {
    return delegate.findOrder(slot, clientOrderId);
  }

  @Override
  public MarginChangeReport adjustMargin(SlotId slot, MarginChange change) {
    return delegate.adjustMargin(slot, change);
  }
}
