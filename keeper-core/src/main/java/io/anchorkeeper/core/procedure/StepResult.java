package io.anchorkeeper.core.procedure;

import io.anchorkeeper.core.journal.OrderRejected;
import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.value.Contracts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one step's orders did: the step asked for {@code requested} contracts, possibly in several
 * orders, and ended with every order settled or with the exchange refusing one.
 */
record StepResult(
    Contracts requested, List<OrderReport> reports, Optional<OrderRejected> rejection) {

  StepResult {
    Objects.requireNonNull(requested, "requested must not be null");
    reports = List.copyOf(reports);
    Objects.requireNonNull(rejection, "rejection must not be null");
  }

  Contracts filled() {
    return reports.stream().map(OrderReport::filled).reduce(Contracts.ZERO, Contracts::plus);
  }

  /** What was asked but not executed. */
  Contracts unfilled() {
    return requested.minus(filled());
  }

  /** True when everything asked for executed. */
  boolean complete() {
    return rejection.isEmpty() && filled().equals(requested);
  }

  /** e.g. {@code "filled 9.2 of 10 contracts; refused: 51008 Insufficient USDT margin"}. */
  String describe() {
    return "filled "
        + filled()
        + " of "
        + requested
        + " contracts"
        + rejection.map(r -> "; refused: " + r.describe()).orElse("");
  }
}
