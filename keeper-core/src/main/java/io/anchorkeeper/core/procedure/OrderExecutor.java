package io.anchorkeeper.core.procedure;

import io.anchorkeeper.core.id.ClientOrderId;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.journal.JournalWriter;
import io.anchorkeeper.core.journal.OrderRejected;
import io.anchorkeeper.core.journal.OrderSettled;
import io.anchorkeeper.core.journal.OrderSubmitted;
import io.anchorkeeper.core.journal.ProcedureHistory;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.port.MarketOrder;
import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.sizing.MarketOrderSplitter;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Executes one step's market orders under the journal's rules: every send is journaled before it
 * leaves, every answer after it arrives, and an order whose answer is missing (after a timeout or a
 * crash) is looked up by its client id before anything is sent again. A step larger than the
 * instrument's {@code maxMktSz} goes out in chunks; each chunk, and each re-send of what a partial
 * fill left, takes the next attempt number of the step's client order ids.
 *
 * <p>Replaying a journaled step makes no exchange call at all: settled orders are read back.
 */
final class OrderExecutor {

  /** Orders a step may send beyond its chunks, to finish what partial fills left. */
  static final int EXTRA_ATTEMPTS = 3;

  /** Margin on top of the order expiry before an unknown order is taken as never received. */
  static final Duration EXPIRY_GRACE = Duration.ofSeconds(2);

  private final ProcedureContext context;
  private final JournalWriter journal;
  private final Calls calls;
  private final SlotId slot;

  OrderExecutor(ProcedureContext context, JournalWriter journal, SlotId slot) {
    this.context = context;
    this.journal = journal;
    this.calls = new Calls(context);
    this.slot = slot;
  }

  /** Sends (or replays) step {@code step} until {@code total} contracts executed or it fails. */
  StepResult execute(int step, OrderPurpose purpose, Contracts total, InstrumentSpec spec) {
    ProcedureHistory history = journal.history();
    List<OrderReport> reports = new ArrayList<>();
    Contracts filled = Contracts.ZERO;
    int maxAttempts = chunkCount(spec, total) + EXTRA_ATTEMPTS;
    for (int attempt = 1; attempt <= ClientOrderId.MAX_PART; attempt++) {
      ClientOrderId id = ClientOrderId.of(journal.procedure(), step, attempt);
      Optional<OrderSubmitted> earlier = history.submitted(id);
      MarketOrder order;
      if (earlier.isPresent()) {
        order = earlier.get().order();
      } else {
        Optional<Contracts> next =
            attempt > maxAttempts ? Optional.empty() : nextChunk(spec, total.minus(filled));
        if (next.isEmpty()) {
          break;
        }
        order = new MarketOrder(slot, purpose.direction(), next.get(), id);
      }
      Attempt result = sendOrRecover(step, purpose, order);
      if (result.rejection().isPresent()) {
        return new StepResult(total, reports, result.rejection());
      }
      OrderReport report = result.report().orElseThrow();
      reports.add(report);
      filled = filled.plus(report.filled());
    }
    return new StepResult(total, reports, Optional.empty());
  }

  private Attempt sendOrRecover(int step, OrderPurpose purpose, MarketOrder order) {
    ProcedureHistory history = journal.history();
    ClientOrderId id = order.clientOrderId();
    Optional<OrderSettled> settled = history.settled(id);
    if (settled.isPresent()) {
      return Attempt.of(settled.get().report());
    }
    Optional<OrderRejected> rejected = history.rejected(id);
    if (rejected.isPresent()) {
      return Attempt.refused(rejected.get());
    }
    Optional<OrderSubmitted> lastSent = history.lastSubmitted(id);
    if (lastSent.isPresent()) {
      Optional<OrderReport> found = lookUp(order, lastSent.get().at());
      if (found.isPresent()) {
        return settle(step, purpose, found.get());
      }
    }
    return send(step, purpose, order);
  }

  /** Journals the send, sends, and journals the answer; re-sends only what certainly failed. */
  private Attempt send(int step, OrderPurpose purpose, MarketOrder order) {
    RetryPolicy retry = context.retry();
    for (int attempt = 1; ; attempt++) {
      Instant sentAt =
          journal.record(new OrderSubmitted(step, purpose, order, context.clock().instant())).at();
      try {
        OrderReport report = context.exchange().placeMarketOrder(order);
        if (!report.state().isFinal()) {
          report = lookUp(order, sentAt).orElse(report);
        }
        return settle(step, purpose, report);
      } catch (ExchangeException.Rejected e) {
        return Attempt.refused(
            journal.record(
                new OrderRejected(
                    step,
                    order.clientOrderId(),
                    e.reason(),
                    e.code(),
                    e.getMessage(),
                    context.clock().instant())));
      } catch (ExchangeException.OutcomeUnknown e) {
        Optional<OrderReport> found = lookUp(order, sentAt);
        if (found.isPresent()) {
          return settle(step, purpose, found.get());
        }
        giveUpAfter(attempt, order, e);
      } catch (ExchangeException e) {
        giveUpAfter(attempt, order, e);
        context.pause().pause(retry.backoffBefore(attempt));
      }
    }
  }

  private void giveUpAfter(int attempt, MarketOrder order, ExchangeException last) {
    if (attempt >= context.retry().transientAttempts()) {
      throw new ProcedureInterrupted(
          "sending " + order + " failed " + attempt + " times, last: " + last.getMessage(), last);
    }
  }

  /**
   * Asks the exchange about an order sent at {@code sentAt} until it is final, or until it is
   * certain the exchange never received it: the order's expiry (plus a grace) has passed and the
   * exchange still does not know the id. Empty means "never executed; safe to send again".
   */
  private Optional<OrderReport> lookUp(MarketOrder order, Instant sentAt) {
    RetryPolicy retry = context.retry();
    Instant certainAfter = sentAt.plus(retry.orderExpiry()).plus(EXPIRY_GRACE);
    int checksOfWorkingOrder = 0;
    while (true) {
      Optional<OrderReport> found =
          calls.read(
              "looking up order " + order.clientOrderId().value(),
              () -> context.exchange().findOrder(slot, order.clientOrderId()));
      if (found.isPresent()) {
        if (found.get().state().isFinal()) {
          return found;
        }
        if (++checksOfWorkingOrder >= retry.settleChecks()) {
          throw new ProcedureInterrupted(
              "order " + order.clientOrderId().value() + " is still working", null);
        }
        context.pause().pause(retry.settleWait());
        continue;
      }
      Instant now = context.clock().instant();
      if (!now.isBefore(certainAfter)) {
        return Optional.empty();
      }
      context.pause().pause(Duration.between(now, certainAfter));
    }
  }

  private Attempt settle(int step, OrderPurpose purpose, OrderReport report) {
    return Attempt.of(
        journal
            .record(new OrderSettled(step, purpose, report, context.clock().instant()))
            .report());
  }

  /** The next order of a step with {@code remaining} to go, or empty when nothing can be sent. */
  private static Optional<Contracts> nextChunk(InstrumentSpec spec, Contracts remaining) {
    Contracts sendable = spec.roundDownToLot(remaining);
    if (sendable.isLessThan(spec.minSz())) {
      return Optional.empty();
    }
    return MarketOrderSplitter.split(spec, sendable).toOptional().map(chunks -> chunks.get(0));
  }

  private static int chunkCount(InstrumentSpec spec, Contracts total) {
    return MarketOrderSplitter.split(spec, spec.roundDownToLot(total))
        .map(List::size)
        .toOptional()
        .orElse(1);
  }

  /** One order's end: a report, or the exchange's refusal. */
  private record Attempt(Optional<OrderReport> report, Optional<OrderRejected> rejection) {
    static Attempt of(OrderReport report) {
      return new Attempt(Optional.of(report), Optional.empty());
    }

    static Attempt refused(OrderRejected rejection) {
      return new Attempt(Optional.empty(), Optional.of(rejection));
    }
  }
}
