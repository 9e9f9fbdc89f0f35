package io.anchorkeeper.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.SlotConfig;
import io.anchorkeeper.app.okx.OkxAccounts;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.slot.SlotId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The slots the keeper keeps: list them, and add one while running. A new slot starts with count 0;
 * auto-open gives it an anchor once its account has been read.
 */
@RestController
class SlotsController {

  private final KeeperEngine engine;
  private final OkxAccounts accounts;

  SlotsController(KeeperEngine engine, OkxAccounts accounts) {
    this.engine = engine;
    this.accounts = accounts;
  }

  /** {@code POST /api/slots}: {@code {account, inst_id, pos_side}}. */
  record NewSlot(
      @JsonProperty("account") String account,
      @JsonProperty("inst_id") String instId,
      @JsonProperty("pos_side") String posSide) {}

  @GetMapping("/api/slots")
  Map<String, Object> slots() {
    List<PositionDto> slots = engine.views().stream().map(PositionDto::of).toList();
    return Map.of("slots", slots, "count", slots.size());
  }

  @PostMapping("/api/slots")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> add(@RequestBody NewSlot body) {
    RequestFields fields = new RequestFields();
    Optional<AccountName> account = fields.required("account", body.account(), AccountName::of);
    Optional<InstrumentId> instrument = fields.required("inst_id", body.instId(), InstrumentId::of);
    Optional<PositionSide> side = fields.required("pos_side", body.posSide(), PositionSide::parse);
    fields.throwIfInvalid();
    AccountKind kind;
    try {
      kind = accounts.get(account.get()).kind();
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(List.of("account: " + e.getMessage()));
    }
    SlotId slot = new SlotId(account.get(), instrument.get(), side.get());
    SlotConfig added;
    try {
      added = engine.addSlot(slot, kind);
    } catch (ExchangeException.Rejected e) {
      throw new BadRequestException(List.of("inst_id: " + e.getMessage()));
    }
    return Map.of(
        "slot",
        slot.toString(),
        "maintenance_count",
        added.maintenanceCount(),
        "paused",
        added.paused());
  }
}
