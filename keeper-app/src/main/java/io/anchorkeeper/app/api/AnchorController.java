package io.anchorkeeper.app.api;

import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.ProcedureCommand;
import io.anchorkeeper.app.engine.UnknownSlotException;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.record.Trigger;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Manual operations, seed-compatible: {@code super-maintain} and {@code maintain-anchor} with the
 * seed's bodies (plus an optional {@code account}), and margin correction, pause and resume. Every
 * request is validated before anything reaches the exchange, and goes through the same runner (one
 * lane per slot) as the rules.
 */
@RestController
@RequestMapping("/api/anchor")
class AnchorController {

  private final KeeperEngine engine;
  private final ApiProperties properties;

  AnchorController(KeeperEngine engine, ApiProperties properties) {
    this.engine = engine;
    this.properties = properties;
  }

  @PostMapping("/super-maintain")
  ResponseEntity<?> superMaintain(
      @RequestBody MaintenanceRequests.SuperMaintain body, Principal principal) {
    RequestFields fields = new RequestFields();
    Optional<SlotId> slot = slot(fields, body.account(), body.instId(), body.posSide());
    Optional<Contracts> size =
        fields.optional("current_pos_size", body.currentPosSize(), AnchorController::contracts);
    Optional<Usdt> amount =
        fields.optional("maintenance_amount", body.maintenanceAmount(), AnchorController::usdt);
    Optional<Usdt> target =
        fields.optional("target_margin", body.targetMargin(), AnchorController::usdt);
    fields.throwIfInvalid();
    return run(
        new ProcedureCommand(
            ProcedureType.SUPER_MAINTENANCE,
            known(slot.get()),
            by(principal),
            size,
            amount,
            target));
  }

  @PostMapping("/maintain-anchor")
  ResponseEntity<?> maintainAnchor(
      @RequestBody MaintenanceRequests.MaintainAnchor body, Principal principal) {
    RequestFields fields = new RequestFields();
    Optional<SlotId> slot = slot(fields, body.account(), body.instId(), body.posSide());
    Optional<Contracts> size =
        fields.required("pos_size", body.posSize(), AnchorController::contracts);
    fields.throwIfInvalid();
    return run(
        new ProcedureCommand(
            ProcedureType.NORMAL_MAINTENANCE,
            known(slot.get()),
            by(principal),
            size,
            Optional.empty(),
            Optional.empty()));
  }

  @PostMapping("/correct-margin")
  ResponseEntity<?> correctMargin(
      @RequestBody MaintenanceRequests.SlotRequest body, Principal principal) {
    RequestFields fields = new RequestFields();
    Optional<SlotId> slot = slot(fields, body.account(), body.instId(), body.posSide());
    fields.throwIfInvalid();
    return run(
        ProcedureCommand.of(ProcedureType.MARGIN_CORRECTION, known(slot.get()), by(principal)));
  }

  @PostMapping("/batch-maintain")
  Map<String, Object> batchMaintain(
      @RequestBody MaintenanceRequests.BatchMaintain body, Principal principal) {
    RequestFields fields = new RequestFields();
    List<SlotId> chosen = new ArrayList<>();
    List<MaintenanceRequests.SlotRequest> requested =
        body.slots() == null ? List.of() : body.slots();
    for (MaintenanceRequests.SlotRequest s : requested) {
      slot(fields, s.account(), s.instId(), s.posSide()).ifPresent(chosen::add);
    }
    fields.throwIfInvalid();
    List<Map<String, Object>> results =
        engine.maintainAll(chosen, by(principal)).stream()
            .map(
                o -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("slot", o.slot().toString());
                  row.put("outcome", o.outcome());
                  row.put("procedure_id", o.procedureId());
                  row.put("reason", o.reason());
                  return row;
                })
            .toList();
    return Map.of("results", results, "count", results.size());
  }

  @PostMapping("/pause")
  Map<String, Object> pause(
      @RequestBody MaintenanceRequests.SlotRequest body, Principal principal) {
    return setPaused(body, principal, true);
  }

  @PostMapping("/resume")
  Map<String, Object> resume(
      @RequestBody MaintenanceRequests.SlotRequest body, Principal principal) {
    return setPaused(body, principal, false);
  }

  private Map<String, Object> setPaused(
      MaintenanceRequests.SlotRequest body, Principal principal, boolean paused) {
    RequestFields fields = new RequestFields();
    Optional<SlotId> slot = slot(fields, body.account(), body.instId(), body.posSide());
    fields.throwIfInvalid();
    engine.pause(known(slot.get()), paused, by(principal).requestedBy());
    return Map.of("slot", slot.get().toString(), "paused", paused);
  }

  private Optional<SlotId> slot(RequestFields fields, String account, String instId, String side) {
    return SlotParams.read(fields, engine.slots(), account, instId, side);
  }

  private SlotId known(SlotId slot) {
    if (engine.view(slot).isEmpty()) {
      throw new UnknownSlotException(slot);
    }
    return slot;
  }

  private ResponseEntity<?> run(ProcedureCommand command) {
    return ProcedureAnswers.answer(engine.submit(command), properties.procedureWait());
  }

  private static Trigger by(Principal principal) {
    return Trigger.manual("api:" + (principal == null ? "anonymous" : principal.getName()));
  }

  private static Contracts contracts(BigDecimal value) {
    return Contracts.of(value);
  }

  private static Usdt usdt(BigDecimal value) {
    if (value.signum() <= 0) {
      throw new IllegalArgumentException("must be positive, was " + value.toPlainString());
    }
    return Usdt.of(value);
  }
}
