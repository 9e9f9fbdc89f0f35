package io.anchorkeeper.app.notify.command;

import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import java.util.Objects;
import java.util.Optional;

/** What to pause or resume: a whole account, or one of its slots. */
public record PauseTarget(AccountName account, Optional<SlotId> slot) {

  public PauseTarget {
    Objects.requireNonNull(account, "account must not be null");
    Objects.requireNonNull(slot, "slot must not be null");
    if (slot.isPresent() && !slot.get().account().equals(account)) {
      throw new IllegalArgumentException(
          "slot " + slot.get() + " does not belong to account " + account);
    }
  }

  public static PauseTarget wholeAccount(AccountName account) {
    return new PauseTarget(account, Optional.empty());
  }

  public static PauseTarget oneSlot(SlotId slot) {
    return new PauseTarget(slot.account(), Optional.of(slot));
  }

  /** e.g. {@code Wu666666} or {@code Wu666666/CRO-USDT-SWAP/long}. */
  @Override
  public String toString() {
    return slot.map(SlotId::toString).orElse(account.value());
  }
}
