package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.slot.SlotId;

/**
 * What one slot of a batch did: {@code started} with the procedure's id, {@code busy} with the
 * running procedure's id, or {@code refused} with the reason.
 */
public record BatchOutcome(SlotId slot, String outcome, String procedureId, String reason) {

  static BatchOutcome of(SlotId slot, Submission submission) {
    if (submission instanceof Submission.Started started) {
      return new BatchOutcome(slot, "started", started.id().value(), null);
    }
    if (submission instanceof Submission.Busy busy) {
      return new BatchOutcome(slot, "busy", busy.running().value(), null);
    }
    return new BatchOutcome(slot, "refused", null, ((Submission.Refused) submission).reason());
  }
}
