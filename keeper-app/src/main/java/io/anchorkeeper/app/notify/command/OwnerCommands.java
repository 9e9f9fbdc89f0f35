package io.anchorkeeper.app.notify.command;

import io.anchorkeeper.core.slot.SlotId;

/**
 * What the owner can ask for from their chat (SPEC 7), implemented by the engine. Arguments arrive
 * validated. Each method answers with plain text for the owner (it is escaped before sending) and
 * should return promptly: start a procedure and answer with its id, or say why not (busy with
 * procedure X, unknown slot, capped). Requests go through the same lanes as every other request,
 * never through a side door.
 *
 * <p>{@code requestedBy} names the person, e.g. {@code telegram:@owner}; it becomes the procedure's
 * {@code Trigger.manual(requestedBy)} (1 to 64 characters).
 */
public interface OwnerCommands {

  /** A short overview: mode, accounts, slots by state, running procedures, open alerts. */
  String status();

  /** Every slot with its size, margin, profit rate, maintenance count and state. */
  String slots();

  /** Starts a normal or super maintenance of {@code slot}. */
  String maintain(SlotId slot, boolean superMaintenance, String requestedBy);

  /** Stops automatic procedures for an account or one slot until resumed. */
  String pause(PauseTarget target, String requestedBy);

  /** Lets automatic procedures run again for an account or one slot. */
  String resume(PauseTarget target, String requestedBy);
}
