package io.anchorkeeper.app.engine.fakes;

import io.anchorkeeper.app.engine.ExchangeFeed;
import io.anchorkeeper.app.engine.FeedListener;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.slot.AccountName;
import java.util.Collection;

/** A feed that never pushes: the benchmark calls the engine's listener methods itself. */
public final class SilentFeed implements ExchangeFeed {

  @Override
  public void start(
      Collection<AccountName> accounts,
      Collection<InstrumentId> instruments,
      FeedListener listener) {}

  @Override
  public void watch(Collection<AccountName> accounts, Collection<InstrumentId> instruments) {}

  @Override
  public void close() {}
}
