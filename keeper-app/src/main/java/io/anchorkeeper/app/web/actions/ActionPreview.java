package io.anchorkeeper.app.web.actions;

import io.anchorkeeper.app.api.PositionDto;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the confirmation of an action shows: the slot as it is, the orders or margin changes planned
 * from its position at the current mark (an estimate: market orders fill where they fill), and why
 * the action cannot run, if the planner refuses it.
 *
 * @param mark the mark price the plan was made at
 * @param expectedSize the size the plan is for; a maintenance refuses to trade another size
 * @param notes the planners' remarks, as they wrote them
 * @param refusal why nothing would be done, when the planner refuses (its own words), or {@link
 *     #NO_POSITION}
 * @param running the procedure the slot is busy with, if any
 */
public record ActionPreview(
    DashboardAction action,
    PositionDto slot,
    Optional<BigDecimal> mark,
    Optional<BigDecimal> expectedSize,
    List<PlannedLine> lines,
    List<String> notes,
    Optional<String> refusal,
    Optional<String> running) {

  public ActionPreview {
    Objects.requireNonNull(action, "action must not be null");
    Objects.requireNonNull(slot, "slot must not be null");
    Objects.requireNonNull(mark, "mark must not be null");
    Objects.requireNonNull(expectedSize, "expectedSize must not be null");
    lines = List.copyOf(lines);
    notes = List.copyOf(notes);
    Objects.requireNonNull(refusal, "refusal must not be null");
    Objects.requireNonNull(running, "running must not be null");
  }

  /** The refusal of an action that needs a position on a slot without one. */
  public static final String NO_POSITION = "no position";

  /** True when the slot holds no position to act on. */
  public boolean lacksPosition() {
    return refusal.filter(NO_POSITION::equals).isPresent();
  }

  /** True when confirming would reach the runner (it may still answer busy). */
  public boolean confirmable() {
    return refusal.isEmpty();
  }
}
