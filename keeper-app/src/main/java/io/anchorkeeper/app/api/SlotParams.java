package io.anchorkeeper.app.api;

import io.anchorkeeper.app.engine.SlotRegistry;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.slot.SlotId;
import java.util.Optional;

/** Reads a slot from a request's {@code account}, {@code inst_id} and {@code pos_side}. */
final class SlotParams {

  private SlotParams() {}

  /** The slot, or empty with the problems noted; {@code account} defaults to the main account. */
  static Optional<SlotId> read(
      RequestFields fields, SlotRegistry slots, String account, String instId, String posSide) {
    Optional<AccountName> name =
        account == null
            ? slots.mainAccount()
            : fields.optional("account", account, AccountName::of);
    fields.check(
        account != null || name.isPresent(),
        "account is required: no main-account slot is configured");
    Optional<InstrumentId> instrument = fields.required("inst_id", instId, InstrumentId::of);
    Optional<PositionSide> side = fields.required("pos_side", posSide, PositionSide::parse);
    if (name.isEmpty() || instrument.isEmpty() || side.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SlotId(name.get(), instrument.get(), side.get()));
  }
}
