package io.anchorkeeper.core.slot;

import io.anchorkeeper.core.instrument.InstrumentId;
import java.util.Comparator;
import java.util.Objects;

/**
 * An anchor slot: one account's position on one instrument and side. At most one procedure runs per
 * slot at a time, and its maintenance count belongs to it.
 */
public record SlotId(AccountName account, InstrumentId instrument, PositionSide side)
    implements Comparable<SlotId> {

  private static final Comparator<SlotId> ORDER =
      Comparator.comparing(SlotId::account)
          .thenComparing(SlotId::instrument)
          .thenComparing(SlotId::side);

  public SlotId {
    Objects.requireNonNull(account, "account must not be null");
    Objects.requireNonNull(instrument, "instrument must not be null");
    Objects.requireNonNull(side, "side must not be null");
  }

  public static SlotId of(String account, String instrument, String side) {
    return new SlotId(
        AccountName.of(account), InstrumentId.of(instrument), PositionSide.parse(side));
  }

  @Override
  public int compareTo(SlotId other) {
    return ORDER.compare(this, other);
  }

  /** e.g. {@code Wu666666/CRO-USDT-SWAP/long}. */
  @Override
  public String toString() {
    return account + "/" + instrument + "/" + side.code();
  }
}
