package io.anchorkeeper.core.procedure;

import io.anchorkeeper.core.journal.JournalWriter;
import io.anchorkeeper.core.journal.MarginChangeRefused;
import io.anchorkeeper.core.journal.MarginChangeSubmitted;
import io.anchorkeeper.core.journal.MarginChanged;
import io.anchorkeeper.core.journal.ProcedureHistory;
import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.port.MarginChange;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Usdt;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Executes one margin change under the journal's rules. The exchange's margin call carries no
 * client id, so when its answer is missing the position's margin decides: once the request can no
 * longer arrive, a margin nearer to "before plus the change" than to "before" means it took effect.
 */
final class MarginExecutor {

  private final ProcedureContext context;
  private final JournalWriter journal;
  private final Calls calls;
  private final SlotId slot;

  MarginExecutor(ProcedureContext context, JournalWriter journal, SlotId slot) {
    this.context = context;
    this.journal = journal;
    this.calls = new Calls(context);
    this.slot = slot;
  }

  /** The answer to one margin step: applied, or refused with the exchange's reason. */
  record Result(Optional<MarginChangeRefused> refusal) {
    boolean applied() {
      return refusal.isEmpty();
    }
  }

  /** Sends step {@code step}'s change, taken when the position's margin was {@code before}. */
  Result submit(int step, MarginChange change, Usdt before) {
    return send(step, change, before);
  }

  /** Finishes a step found in the journal: replays its answer or finds out what happened. */
  Result resume(MarginChangeSubmitted submitted) {
    ProcedureHistory history = journal.history();
    int step = submitted.step();
    if (history.marginChanged(step).isPresent()) {
      return new Result(Optional.empty());
    }
    Optional<MarginChangeRefused> refused = history.marginRefused(step);
    if (refused.isPresent()) {
      return new Result(refused);
    }
    Instant lastSent = history.lastMarginSubmitted(step).orElse(submitted).at();
    if (tookEffect(submitted, lastSent)) {
      return applied(step, true);
    }
    return send(step, submitted.change(), submitted.marginBefore());
  }

  private Result send(int step, MarginChange change, Usdt before) {
    RetryPolicy retry = context.retry();
    for (int attempt = 1; ; attempt++) {
      MarginChangeSubmitted submitted =
          journal.record(
              new MarginChangeSubmitted(step, change, before, context.clock().instant()));
      try {
        context.exchange().adjustMargin(slot, change);
        return applied(step, false);
      } catch (ExchangeException.Rejected e) {
        return new Result(
            Optional.of(
                journal.record(
                    new MarginChangeRefused(
                        step, e.reason(), e.code(), e.getMessage(), context.clock().instant()))));
      } catch (ExchangeException.OutcomeUnknown e) {
        if (tookEffect(submitted, submitted.at())) {
          return applied(step, true);
        }
        giveUpAfter(attempt, change, e);
      } catch (ExchangeException e) {
        giveUpAfter(attempt, change, e);
        context.pause().pause(retry.backoffBefore(attempt));
      }
    }
  }

  /**
   * Waits until a request sent at {@code sentAt} can no longer arrive, then judges by the margin. A
   * vanished position cannot have taken a margin change: it counts as not applied.
   */
  private boolean tookEffect(MarginChangeSubmitted submitted, Instant sentAt) {
    Instant certainAfter =
        sentAt.plus(context.retry().orderExpiry()).plus(OrderExecutor.EXPIRY_GRACE);
    Instant now = context.clock().instant();
    if (now.isBefore(certainAfter)) {
      context.pause().pause(Duration.between(now, certainAfter));
    }
    Optional<PositionSnapshot> position =
        calls.read("reading " + slot, () -> context.exchange().position(slot));
    if (position.isEmpty()) {
      return false;
    }
    Usdt margin = position.get().margin();
    Usdt before = submitted.marginBefore();
    Usdt expected = submitted.change().applyTo(before);
    return margin.minus(expected).abs().isLessThan(margin.minus(before).abs());
  }

  private Result applied(int step, boolean inferred) {
    journal.record(new MarginChanged(step, inferred, context.clock().instant()));
    return new Result(Optional.empty());
  }

  private void giveUpAfter(int attempt, MarginChange change, ExchangeException last) {
    if (attempt >= context.retry().transientAttempts()) {
      throw new ProcedureInterrupted(
          "margin "
              + change
              + " on "
              + slot
              + " failed "
              + attempt
              + " times: "
              + last.getMessage(),
          last);
    }
  }
}
