package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.slot.AccountName;
import java.util.Collection;

/** The exchange's pushes (mark prices, positions) for a set of accounts and instruments. */
public interface ExchangeFeed extends AutoCloseable {

  /** Connects and subscribes; pushes then arrive at {@code listener} until {@link #close}. */
  void start(
      Collection<AccountName> accounts,
      Collection<InstrumentId> instruments,
      FeedListener listener);

  /** Adds accounts or instruments to a started feed. */
  void watch(Collection<AccountName> accounts, Collection<InstrumentId> instruments);

  @Override
  void close();
}
