package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.alert.AlertLevel;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.value.Ratio;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the rules remember about one slot between evaluations: its alert tier, which one-time alerts
 * it has sent, when automatic procedures may be tried again after a refusal or failure, the last
 * profit rate seen, and the {@link QuietBand} in which the next marks change nothing. Callers
 * synchronise on the watch to change it; the price path reads the band without the lock.
 */
final class SlotWatch {

  AlertLevel level = AlertLevel.NONE;
  boolean cappedAlerted;
  boolean ownerAlerted;
  boolean offBandAlerted;
  private volatile Optional<Ratio> lastProfitRate = Optional.empty();
  private volatile QuietBand quietBand;
  private final Map<ProcedureType, Instant> cooldownUntil = new EnumMap<>(ProcedureType.class);

  boolean coolingDown(ProcedureType type, Instant now) {
    Instant until = cooldownUntil.get(type);
    return until != null && now.isBefore(until);
  }

  void coolDown(ProcedureType type, Instant until) {
    cooldownUntil.put(type, until);
    dropQuietBand();
  }

  void clearCooldown(ProcedureType type) {
    cooldownUntil.remove(type);
    dropQuietBand();
  }

  /**
   * Bands never span a rule that reads a cooldown, so a cooldown change could keep the band; it is
   * dropped all the same, keeping the rate at the last mark it let through.
   */
  private void dropQuietBand() {
    QuietBand band = quietBand;
    if (band != null) {
      lastProfitRate = Optional.of(band.profitRate());
      quietBand = null;
    }
  }

  /** A full evaluation computed this rate; any band from before no longer applies. */
  void rateSeen(Ratio rate) {
    quietBand = null;
    lastProfitRate = Optional.of(rate);
  }

  /**
   * The profit rate at the last mark the slot was evaluated at, or let through by its quiet band.
   */
  Optional<Ratio> lastProfitRate() {
    QuietBand band = quietBand;
    return band != null ? Optional.of(band.profitRate()) : lastProfitRate;
  }

  /** The band the last full evaluation left, or {@code null} when every mark needs one. */
  QuietBand quietBand() {
    return quietBand;
  }

  void settle(QuietBand band) {
    quietBand = band;
  }

  /** The slot has no position: nothing about a position is remembered. */
  void positionGone() {
    level = AlertLevel.NONE;
    cappedAlerted = false;
    ownerAlerted = false;
    offBandAlerted = false;
    lastProfitRate = Optional.empty();
    quietBand = null;
  }
}
