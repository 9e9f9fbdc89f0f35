package io.anchorkeeper.app.api;

import io.anchorkeeper.app.config.SettingsService;
import io.anchorkeeper.app.config.SettingsText;
import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.UnknownSlotException;
import io.anchorkeeper.core.slot.SlotId;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Settings by SPEC's names ({@code trigger_loss: -10%}): the global ones and a slot's. A change
 * lists only what it changes; it is validated as a whole, audited with who made it, and applies
 * from the next evaluation on.
 */
@RestController
class SettingsController {

  private final SettingsService settings;
  private final KeeperEngine engine;

  SettingsController(SettingsService settings, KeeperEngine engine) {
    this.settings = settings;
    this.engine = engine;
  }

  @GetMapping("/api/settings")
  Map<String, Object> global() {
    return Map.of(
        "settings", SettingsText.render(settings.global()), "names", SettingsText.names());
  }

  @PutMapping("/api/settings")
  Map<String, Object> changeGlobal(@RequestBody Map<String, String> changes, Principal principal) {
    return Map.of("settings", SettingsText.render(settings.changeGlobal(changes, by(principal))));
  }

  @GetMapping("/api/slots/settings")
  Map<String, Object> slotSettings(
      @RequestParam Optional<String> account,
      @RequestParam(name = "inst_id") Optional<String> instId,
      @RequestParam(name = "pos_side") Optional<String> posSide) {
    SlotId slot = slotOf(account, instId, posSide);
    var view = engine.view(slot).orElseThrow(() -> new UnknownSlotException(slot));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("slot", slot.toString());
    answer.put("settings", SettingsText.render(view.settings()));
    answer.put("overrides", SettingsText.render(view.config().overrides()));
    return answer;
  }

  @PutMapping("/api/slots/settings")
  Map<String, Object> changeSlot(
      @RequestParam Optional<String> account,
      @RequestParam(name = "inst_id") Optional<String> instId,
      @RequestParam(name = "pos_side") Optional<String> posSide,
      @RequestBody Map<String, String> changes,
      Principal principal) {
    SlotId slot = slotOf(account, instId, posSide);
    if (engine.view(slot).isEmpty()) {
      throw new UnknownSlotException(slot);
    }
    return Map.of(
        "slot",
        slot.toString(),
        "settings",
        SettingsText.render(settings.changeSlot(slot, changes, by(principal))));
  }

  private SlotId slotOf(Optional<String> account, Optional<String> instId, Optional<String> side) {
    RequestFields fields = new RequestFields();
    Optional<SlotId> slot =
        SlotParams.read(
            fields, engine.slots(), account.orElse(null), instId.orElse(null), side.orElse(null));
    fields.throwIfInvalid();
    return slot.get();
  }

  private static String by(Principal principal) {
    return "api:" + (principal == null ? "anonymous" : principal.getName());
  }
}
