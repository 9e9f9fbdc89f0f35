package io.anchorkeeper.core.procedure;

import io.anchorkeeper.core.journal.Journal;
import io.anchorkeeper.core.port.Exchange;
import java.time.Clock;
import java.util.Objects;

/** What every procedure run needs from outside: the exchange, the journal, time and patience. */
public record ProcedureContext(
    Exchange exchange, Journal journal, Clock clock, Pause pause, RetryPolicy retry) {

  public ProcedureContext {
    Objects.requireNonNull(exchange, "exchange must not be null");
    Objects.requireNonNull(journal, "journal must not be null");
    Objects.requireNonNull(clock, "clock must not be null");
    Objects.requireNonNull(pause, "pause must not be null");
    Objects.requireNonNull(retry, "retry must not be null");
  }
}
