package io.anchorkeeper.app.persistence;

import io.anchorkeeper.core.notify.AlertKind;
import io.anchorkeeper.core.notify.Severity;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which alerts to list, newest first. Every filter is optional; an empty set of kinds means "any".
 * The time range is half-open, {@code [from, until)}.
 *
 * @param minSeverity only alerts at least this urgent
 */
public record AlertQuery(
    Optional<AccountName> account,
    Optional<SlotId> slot,
    Set<AlertKind> kinds,
    Optional<Severity> minSeverity,
    Optional<Instant> from,
    Optional<Instant> until,
    int limit) {

  public AlertQuery {
    Objects.requireNonNull(account, "account must not be null");
    Objects.requireNonNull(slot, "slot must not be null");
    kinds = Set.copyOf(kinds);
    Objects.requireNonNull(minSeverity, "minSeverity must not be null");
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(until, "until must not be null");
    QueryBounds.requireLimit(limit);
    QueryBounds.requireRange(from, until);
  }

  /** The newest {@code limit} alerts of every kind. */
  public static AlertQuery newest(int limit) {
    return new AlertQuery(
        Optional.empty(),
        Optional.empty(),
        Set.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        limit);
  }

  public AlertQuery withAccount(AccountName account) {
    return new AlertQuery(Optional.of(account), slot, kinds, minSeverity, from, until, limit);
  }

  public AlertQuery withSlot(SlotId slot) {
    return new AlertQuery(account, Optional.of(slot), kinds, minSeverity, from, until, limit);
  }

  public AlertQuery withKinds(AlertKind... kinds) {
    return new AlertQuery(account, slot, Set.of(kinds), minSeverity, from, until, limit);
  }

  public AlertQuery withMinSeverity(Severity minSeverity) {
    return new AlertQuery(account, slot, kinds, Optional.of(minSeverity), from, until, limit);
  }

  /** Only alerts raised in {@code [from, until)}. */
  public AlertQuery between(Instant from, Instant until) {
    return new AlertQuery(
        account, slot, kinds, minSeverity, Optional.of(from), Optional.of(until), limit);
  }
}
