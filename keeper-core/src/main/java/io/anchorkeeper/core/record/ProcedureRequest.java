package io.anchorkeeper.core.record;

import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Usdt;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A procedure as it was asked for: the first entry of its journal. Sizes and amounts are decided
 * later, from the exchange's numbers, and journaled as they are decided.
 *
 * @param id the procedure's id
 * @param type what to do
 * @param slot the slot with its kind and its maintenance count when the procedure started
 * @param trigger who asked
 * @param expectedSize the position size the requester saw; the procedure refuses to trade when the
 *     exchange holds another size (a stale view must not close the wrong amount)
 * @param maintenanceAmount a super maintenance's margin to open, overriding the setting
 * @param targetMargin a super maintenance's margin to keep, overriding the target by count
 * @param requestedAt when it was asked for
 */
public record ProcedureRequest(
    ProcedureId id,
    ProcedureType type,
    AnchorSlot slot,
    Trigger trigger,
    Optional<Contracts> expectedSize,
    Optional<Usdt> maintenanceAmount,
    Optional<Usdt> targetMargin,
    Instant requestedAt) {

  public ProcedureRequest {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(slot, "slot must not be null");
    Objects.requireNonNull(trigger, "trigger must not be null");
    Objects.requireNonNull(expectedSize, "expectedSize must not be null");
    Objects.requireNonNull(maintenanceAmount, "maintenanceAmount must not be null");
    Objects.requireNonNull(targetMargin, "targetMargin must not be null");
    Objects.requireNonNull(requestedAt, "requestedAt must not be null");
    if (type != ProcedureType.SUPER_MAINTENANCE
        && (maintenanceAmount.isPresent() || targetMargin.isPresent())) {
      throw new IllegalArgumentException(
          "maintenance_amount and target_margin apply to a super maintenance only, not " + type);
    }
    maintenanceAmount.ifPresent(a -> requirePositive("maintenance_amount", a));
    targetMargin.ifPresent(a -> requirePositive("target_margin", a));
  }

  /** A request with no size expectation and no overrides, as rules make them. */
  public static ProcedureRequest of(
      ProcedureId id, ProcedureType type, AnchorSlot slot, Trigger trigger, Instant requestedAt) {
    return new ProcedureRequest(
        id, type, slot, trigger, Optional.empty(), Optional.empty(), Optional.empty(), requestedAt);
  }

  private static void requirePositive(String field, Usdt amount) {
    if (!amount.isPositive()) {
      throw new IllegalArgumentException(field + " must be positive, was " + amount);
    }
  }
}
