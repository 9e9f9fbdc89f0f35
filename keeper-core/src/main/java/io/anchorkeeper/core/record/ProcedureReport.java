package io.anchorkeeper.core.record;

import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a procedure did, written once when it ends (SPEC section 6). Totals are derived from the
 * orders: PnL is what the closing fills realised, fees are what all fills cost, and the fee rate is
 * fees over the traded notional.
 *
 * @param request what was asked, with the slot's count before
 * @param status how it ended
 * @param summary one sentence a person can read: what happened, and what is left if it failed
 * @param originalSize the position size when the procedure started trading, if it had one
 * @param orders every order sent, in order
 * @param marginSteps every margin change asked for, in order
 * @param tradedNotional the sum over orders of filled contracts at their average price, in USDT
 * @param remainingSize the slot's position size afterwards, when known
 * @param remainingMargin the slot's margin afterwards, when known
 * @param countAfter the slot's maintenance count afterwards
 * @param finishedAt when it ended
 */
public record ProcedureReport(
    ProcedureRequest request,
    ProcedureStatus status,
    String summary,
    Optional<Contracts> originalSize,
    List<ExecutedOrder> orders,
    List<MarginStep> marginSteps,
    Usdt tradedNotional,
    Optional<Contracts> remainingSize,
    Optional<Usdt> remainingMargin,
    int countAfter,
    Instant finishedAt) {

  public ProcedureReport {
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(summary, "summary must not be null");
    Objects.requireNonNull(originalSize, "originalSize must not be null");
    orders = List.copyOf(Objects.requireNonNull(orders, "orders must not be null"));
    marginSteps = List.copyOf(Objects.requireNonNull(marginSteps, "marginSteps must not be null"));
    Objects.requireNonNull(tradedNotional, "tradedNotional must not be null");
    Objects.requireNonNull(remainingSize, "remainingSize must not be null");
    Objects.requireNonNull(remainingMargin, "remainingMargin must not be null");
    Objects.requireNonNull(finishedAt, "finishedAt must not be null");
    if (status == ProcedureStatus.RUNNING) {
      throw new IllegalArgumentException("a report describes a procedure that has ended");
    }
    if (countAfter < 0) {
      throw new IllegalArgumentException("countAfter must not be negative, was " + countAfter);
    }
  }

  public int countBefore() {
    return request.slot().maintenanceCount();
  }

  /** PnL realised by the closing fills, fees excluded. */
  public Usdt totalPnl() {
    return orders.stream().map(o -> o.report().realisedPnl()).reduce(Usdt.ZERO, Usdt::plus);
  }

  /** Fees paid by all fills, positive for a cost. */
  public Usdt totalFees() {
    return orders.stream().map(o -> o.report().feePaid()).reduce(Usdt.ZERO, Usdt::plus);
  }

  /** PnL after fees. */
  public Usdt netPnl() {
    return totalPnl().minus(totalFees());
  }

  /** Fees over traded notional; empty when nothing traded. */
  public Optional<Ratio> feeRate() {
    return tradedNotional.isZero()
        ? Optional.empty()
        : Optional.of(totalFees().ratioTo(tradedNotional));
  }
}
