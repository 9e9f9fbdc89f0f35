package io.anchorkeeper.app.notify.command;

import io.anchorkeeper.core.slot.SlotId;
import java.util.Objects;

/** A command from the owner's chat, parsed and validated; or the reply to an invalid one. */
public sealed interface OwnerCommand {

  /** {@code /status}. */
  record Status() implements OwnerCommand {}

  /** {@code /slots}. */
  record Slots() implements OwnerCommand {}

  /** {@code /help} (and Telegram's {@code /start}). */
  record Help() implements OwnerCommand {}

  /** {@code /maintain} or {@code /super} with its slot. */
  record Maintain(SlotId slot, boolean superMaintenance) implements OwnerCommand {
    public Maintain {
      Objects.requireNonNull(slot, "slot must not be null");
    }
  }

  /** {@code /pause} with an account and optionally one slot. */
  record Pause(PauseTarget target) implements OwnerCommand {
    public Pause {
      Objects.requireNonNull(target, "target must not be null");
    }
  }

  /** {@code /resume} with an account and optionally one slot. */
  record Resume(PauseTarget target) implements OwnerCommand {
    public Resume {
      Objects.requireNonNull(target, "target must not be null");
    }
  }

  /** Not a valid command; {@code reply} says what was wrong and how to write it. */
  record Invalid(String reply) implements OwnerCommand {
    public Invalid {
      Objects.requireNonNull(reply, "reply must not be null");
    }
  }
}
