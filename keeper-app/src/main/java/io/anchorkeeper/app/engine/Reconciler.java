package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.port.Exchange;
import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.AccountName;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an account's positions in full over REST and puts them in the book: every reconcile
 * interval, and after every reconnect. Pushes keep the book fresh in between; this read makes sure
 * nothing a push missed stays wrong for longer than one interval.
 */
final class Reconciler {

  private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

  private final Exchange exchange;
  private final PositionBook book;
  private final Consumer<AccountName> afterRead;

  Reconciler(Exchange exchange, PositionBook book, Consumer<AccountName> afterRead) {
    this.exchange = Objects.requireNonNull(exchange, "exchange must not be null");
    this.book = Objects.requireNonNull(book, "book must not be null");
    this.afterRead = Objects.requireNonNull(afterRead, "afterRead must not be null");
  }

  /** Returns false when the exchange could not be read; the book is then left as it was. */
  boolean reconcile(AccountName account) {
    List<PositionSnapshot> positions;
    try {
      positions = exchange.positions(account);
    } catch (ExchangeException e) {
      log.warn("could not read the positions of {}: {}", account, e.getMessage());
      return false;
    }
    book.replaceAccount(account, positions);
    afterRead.accept(account);
    return true;
  }
}
