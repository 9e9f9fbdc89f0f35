package io.anchorkeeper.core.notify;

import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An alert: its kind and urgency, the slot (absent for account- or exchange-wide alerts), the
 * figures it is about, and a detail in the exchange's or the procedure's own words.
 *
 * @param profitRate the slot's profit rate, for profit-tier and trigger alerts
 * @param threshold the tier's or trigger's threshold
 * @param margin the slot's margin, for margin alerts
 * @param target the slot's target margin, for margin alerts
 * @param detail free text (an exchange code and message, a procedure summary); may be empty
 */
public record Alert(
    AlertKind kind,
    Severity severity,
    Optional<SlotId> slot,
    Optional<Ratio> profitRate,
    Optional<Ratio> threshold,
    Optional<Usdt> margin,
    Optional<Usdt> target,
    String detail,
    Instant at)
    implements Notification {

  public Alert {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(slot, "slot must not be null");
    Objects.requireNonNull(profitRate, "profitRate must not be null");
    Objects.requireNonNull(threshold, "threshold must not be null");
    Objects.requireNonNull(margin, "margin must not be null");
    Objects.requireNonNull(target, "target must not be null");
    Objects.requireNonNull(detail, "detail must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }

  /** An alert about a slot with only a detail. */
  public static Alert about(
      AlertKind kind, Severity severity, SlotId slot, String detail, Instant at) {
    return new Alert(
        kind,
        severity,
        Optional.of(slot),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        detail,
        at);
  }
}
