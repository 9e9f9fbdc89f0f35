package io.anchorkeeper.app.web.actions;

import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.SlotView;
import io.anchorkeeper.app.engine.UnknownSlotException;
import io.anchorkeeper.app.web.DashboardViews;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Manual actions: {@code GET .../confirm} shows what an action would do (the planned orders at the
 * current mark), {@code POST} carries it out through {@link ManualActions}. Answers are htmx
 * fragments, or whole pages without htmx; their status says what happened (200 done, 202 still
 * running, 409 busy, 422 refused, 502 failed).
 */
@Controller
@RequestMapping("/dashboard/actions")
class ActionsController {

  private static final String SETTING_PREFIX = "set.";

  private final KeeperEngine engine;
  private final ActionPreviewer previewer;
  private final ManualActions actions;

  ActionsController(KeeperEngine engine, ActionPreviewer previewer, ManualActions actions) {
    this.engine = engine;
    this.previewer = previewer;
    this.actions = actions;
  }

  @GetMapping("/confirm")
  String confirm(
      @RequestParam String action,
      @RequestParam String account,
      @RequestParam("inst_id") String instId,
      @RequestParam("pos_side") String posSide,
      HttpServletRequest request,
      Model model) {
    SlotView view = view(SlotId.of(account, instId, posSide));
    model.addAttribute("preview", previewer.preview(DashboardAction.parse(action), view));
    return DashboardViews.fragmentOrPage(request, model, "actions", "confirm");
  }

  @PostMapping("/run")
  String run(
      @RequestParam String action,
      @RequestParam String account,
      @RequestParam("inst_id") String instId,
      @RequestParam("pos_side") String posSide,
      @RequestParam("expected_size") Optional<BigDecimal> expectedSize,
      Principal principal,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    SlotId slot = view(SlotId.of(account, instId, posSide)).config().id();
    DashboardAction chosen = DashboardAction.parse(action);
    ActionOutcome outcome =
        actions.run(chosen, slot, expectedSize.map(Contracts::of), requestedBy(principal));
    return outcome(outcome, chosen.code(), slot.toString(), request, response, model);
  }

  @GetMapping("/account/confirm")
  String confirmAccount(
      @RequestParam String account,
      @RequestParam boolean paused,
      HttpServletRequest request,
      Model model) {
    AccountName name = AccountName.of(account);
    List<SlotView> slots =
        engine.views().stream().filter(v -> v.config().id().account().equals(name)).toList();
    if (slots.isEmpty()) {
      throw new IllegalArgumentException("no anchor slot is configured on account " + account);
    }
    model.addAttribute("account", name.value());
    model.addAttribute("paused", paused);
    model.addAttribute("slots", slots.stream().map(v -> v.config().id().toString()).toList());
    return DashboardViews.fragmentOrPage(request, model, "actions", "account");
  }

  @PostMapping("/account")
  String pauseAccount(
      @RequestParam String account,
      @RequestParam boolean paused,
      Principal principal,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    AccountName name = AccountName.of(account);
    int count = actions.pauseAccount(name, paused, requestedBy(principal));
    if (count == 0) {
      throw new IllegalArgumentException("no anchor slot is configured on account " + account);
    }
    ActionOutcome outcome = ActionOutcome.of(ActionOutcome.Kind.APPLIED, null, null);
    return outcome(outcome, paused ? "pause" : "resume", name.value(), request, response, model);
  }

  @PostMapping("/settings/preview")
  String previewSettings(
      @RequestParam String account,
      @RequestParam("inst_id") String instId,
      @RequestParam("pos_side") String posSide,
      @RequestParam MultiValueMap<String, String> params,
      HttpServletRequest request,
      Model model) {
    SlotView view = view(SlotId.of(account, instId, posSide));
    model.addAttribute("slot", view.config().id());
    model.addAttribute("change", SettingsChangePreview.of(view.settings(), settingsIn(params)));
    return DashboardViews.fragmentOrPage(request, model, "actions", "settings");
  }

  @PostMapping("/settings")
  String changeSettings(
      @RequestParam String account,
      @RequestParam("inst_id") String instId,
      @RequestParam("pos_side") String posSide,
      @RequestParam MultiValueMap<String, String> params,
      Principal principal,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    SlotId slot = view(SlotId.of(account, instId, posSide)).config().id();
    ActionOutcome outcome =
        actions.changeSettings(slot, settingsIn(params), requestedBy(principal));
    return outcome(outcome, "settings", slot.toString(), request, response, model);
  }

  private String outcome(
      ActionOutcome outcome,
      String action,
      String target,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    response.setStatus(outcome.kind().status().value());
    model.addAttribute("outcome", outcome);
    model.addAttribute("action", action);
    model.addAttribute("target", target);
    return DashboardViews.fragmentOrPage(request, model, "actions", "outcome");
  }

  private SlotView view(SlotId slot) {
    return engine.view(slot).orElseThrow(() -> new UnknownSlotException(slot));
  }

  /** The {@code set.<name>} fields that were filled in, by setting name; blank ones keep theirs. */
  private static Map<String, String> settingsIn(MultiValueMap<String, String> params) {
    Map<String, String> values = new LinkedHashMap<>();
    params.forEach(
        (name, given) -> {
          if (name.startsWith(SETTING_PREFIX) && !given.isEmpty() && !given.get(0).isBlank()) {
            values.put(name.substring(SETTING_PREFIX.length()), given.get(0).strip());
          }
        });
    return values;
  }

  /** Who asked, for the record: {@code dashboard:<login>}, at most 64 characters. */
  static String requestedBy(Principal principal) {
    String who = "dashboard:" + (principal == null ? "owner" : principal.getName());
    return who.length() <= 64 ? who : who.substring(0, 64);
  }
}
