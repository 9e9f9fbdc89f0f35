package io.anchorkeeper.core.journal;

import io.anchorkeeper.core.id.ClientOrderId;
import io.anchorkeeper.core.record.ExecutedOrder;
import io.anchorkeeper.core.record.MarginStep;
import io.anchorkeeper.core.record.ProcedureRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A procedure's events in the order they were written, with the questions a resumed run asks of
 * them. Appending is the only change; nothing is ever rewritten.
 */
public final class ProcedureHistory {

  private final List<JournalEvent> events;

  private ProcedureHistory(List<JournalEvent> events) {
    this.events = events;
  }

  /** A history from journaled events; the first must be {@link ProcedureStarted}. */
  public static ProcedureHistory of(List<? extends JournalEvent> events) {
    Objects.requireNonNull(events, "events must not be null");
    if (events.isEmpty() || !(events.get(0) instanceof ProcedureStarted)) {
      throw new IllegalArgumentException("a procedure's history starts with ProcedureStarted");
    }
    return new ProcedureHistory(new ArrayList<>(events));
  }

  public ProcedureRequest request() {
    return ((ProcedureStarted) events.get(0)).request();
  }

  public List<JournalEvent> events() {
    return List.copyOf(events);
  }

  public int size() {
    return events.size();
  }

  void add(JournalEvent event) {
    events.add(Objects.requireNonNull(event, "event must not be null"));
  }

  /** The first event of the type, if any. */
  public <E extends JournalEvent> Optional<E> first(Class<E> type) {
    return first(type, e -> true);
  }

  /** The first event of the type that matches, if any. */
  public <E extends JournalEvent> Optional<E> first(Class<E> type, Predicate<? super E> match) {
    return events.stream().filter(type::isInstance).map(type::cast).filter(match).findFirst();
  }

  public Optional<OrderSubmitted> submitted(ClientOrderId id) {
    return first(OrderSubmitted.class, e -> e.order().clientOrderId().equals(id));
  }

  /** The latest submission of the order: a resent order is submitted again under the same id. */
  public Optional<OrderSubmitted> lastSubmitted(ClientOrderId id) {
    OrderSubmitted last = null;
    for (JournalEvent event : events) {
      if (event instanceof OrderSubmitted s && s.order().clientOrderId().equals(id)) {
        last = s;
      }
    }
    return Optional.ofNullable(last);
  }

  /** The latest submission of the margin change of {@code step}. */
  public Optional<MarginChangeSubmitted> lastMarginSubmitted(int step) {
    MarginChangeSubmitted last = null;
    for (JournalEvent event : events) {
      if (event instanceof MarginChangeSubmitted s && s.step() == step) {
        last = s;
      }
    }
    return Optional.ofNullable(last);
  }

  public Optional<OrderSettled> settled(ClientOrderId id) {
    return first(OrderSettled.class, e -> e.report().clientOrderId().equals(id));
  }

  public Optional<OrderRejected> rejected(ClientOrderId id) {
    return first(OrderRejected.class, e -> e.clientOrderId().equals(id));
  }

  public Optional<MarginChangeSubmitted> marginSubmitted(int step) {
    return first(MarginChangeSubmitted.class, e -> e.step() == step);
  }

  public Optional<MarginChanged> marginChanged(int step) {
    return first(MarginChanged.class, e -> e.step() == step);
  }

  public Optional<MarginChangeRefused> marginRefused(int step) {
    return first(MarginChangeRefused.class, e -> e.step() == step);
  }

  /** Every settled order, in the order they settled. */
  public List<ExecutedOrder> executedOrders() {
    return events.stream()
        .filter(OrderSettled.class::isInstance)
        .map(OrderSettled.class::cast)
        .map(e -> new ExecutedOrder(e.step(), e.purpose(), e.report()))
        .toList();
  }

  /** Every margin change that got an answer, in step order. */
  public List<MarginStep> marginSteps() {
    List<MarginStep> steps = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (JournalEvent event : events) {
      if (event instanceof MarginChangeSubmitted submitted && seen.add(submitted.step())) {
        int step = submitted.step();
        marginChanged(step)
            .ifPresent(
                c ->
                    steps.add(
                        new MarginStep(
                            step,
                            submitted.change(),
                            submitted.marginBefore(),
                            true,
                            Optional.empty(),
                            c.at())));
        marginRefused(step)
            .ifPresent(
                r ->
                    steps.add(
                        new MarginStep(
                            step,
                            submitted.change(),
                            submitted.marginBefore(),
                            false,
                            Optional.of(r.describe()),
                            r.at())));
      }
    }
    return steps;
  }
}
