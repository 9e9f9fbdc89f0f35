package io.anchorkeeper.app.persistence;

import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.slot.SlotId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which procedures (or their reports, or their margin steps) to list, newest first. Every filter is
 * optional; empty sets mean "any". The time range is half-open, {@code [from, until)}, and applies
 * to the procedure's creation for procedures, to its end for reports, and to the step's time for
 * margin steps.
 */
public record ProcedureQuery(
    Optional<AccountName> account,
    Optional<InstrumentId> instrument,
    Optional<PositionSide> side,
    Set<ProcedureType> types,
    Set<ProcedureStatus> statuses,
    Optional<Instant> from,
    Optional<Instant> until,
    int limit) {

  public ProcedureQuery {
    Objects.requireNonNull(account, "account must not be null");
    Objects.requireNonNull(instrument, "instrument must not be null");
    Objects.requireNonNull(side, "side must not be null");
    types = Set.copyOf(types);
    statuses = Set.copyOf(statuses);
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(until, "until must not be null");
    QueryBounds.requireLimit(limit);
    QueryBounds.requireRange(from, until);
  }

  /** The newest {@code limit} of everything. */
  public static ProcedureQuery newest(int limit) {
    return new ProcedureQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Set.of(),
        Set.of(),
        Optional.empty(),
        Optional.empty(),
        limit);
  }

  public ProcedureQuery withAccount(AccountName account) {
    return new ProcedureQuery(
        Optional.of(account), instrument, side, types, statuses, from, until, limit);
  }

  public ProcedureQuery withInstrument(InstrumentId instrument) {
    return new ProcedureQuery(
        account, Optional.of(instrument), side, types, statuses, from, until, limit);
  }

  public ProcedureQuery withSide(PositionSide side) {
    return new ProcedureQuery(
        account, instrument, Optional.of(side), types, statuses, from, until, limit);
  }

  /** Account, instrument and side of one slot. */
  public ProcedureQuery withSlot(SlotId slot) {
    return withAccount(slot.account()).withInstrument(slot.instrument()).withSide(slot.side());
  }

  public ProcedureQuery withTypes(ProcedureType... types) {
    return new ProcedureQuery(
        account, instrument, side, Set.of(types), statuses, from, until, limit);
  }

  public ProcedureQuery withStatuses(ProcedureStatus... statuses) {
    return new ProcedureQuery(
        account, instrument, side, types, Set.of(statuses), from, until, limit);
  }

  /** Only what happened in {@code [from, until)}. */
  public ProcedureQuery between(Instant from, Instant until) {
    return new ProcedureQuery(
        account, instrument, side, types, statuses, Optional.of(from), Optional.of(until), limit);
  }
}
