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
 * it has sent, when automatic procedures may be tried again after a refusal or failure, and the
 * last profit rate seen. Callers synchronise on the watch.
 */
final class SlotWatch {

  AlertLevel level = AlertLevel.NONE;
  boolean cappedAlerted;
  boolean ownerAlerted;
  boolean offBandAlerted;
  Optional<Ratio> lastProfitRate = Optional.empty();
  private final Map<ProcedureType, Instant> cooldownUntil = new EnumMap<>(ProcedureType.class);

  boolean coolingDown(ProcedureType type, Instant now) {
    Instant until = cooldownUntil.get(type);
    return until != null && now.isBefore(until);
  }

  void coolDown(ProcedureType type, Instant until) {
    cooldownUntil.put(type, until);
  }

  void clearCooldown(ProcedureType type) {
    cooldownUntil.remove(type);
  }

  /** The slot has no position: nothing about a position is remembered. */
  void positionGone() {
    level = AlertLevel.NONE;
    cappedAlerted = false;
    ownerAlerted = false;
    offBandAlerted = false;
    lastProfitRate = Optional.empty();
  }
}
