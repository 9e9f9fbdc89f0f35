package io.anchorkeeper.app.web.pages;

import io.anchorkeeper.app.api.PositionDto;
import io.anchorkeeper.app.api.RecordDto;
import io.anchorkeeper.app.config.SettingsText;
import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.SlotView;
import io.anchorkeeper.app.engine.UnknownSlotException;
import io.anchorkeeper.app.persistence.AlertQuery;
import io.anchorkeeper.app.persistence.AlertRepository;
import io.anchorkeeper.app.persistence.ProcedureQuery;
import io.anchorkeeper.app.persistence.ReportRepository;
import io.anchorkeeper.app.web.DashboardFormat;
import io.anchorkeeper.app.web.actions.DashboardAction;
import io.anchorkeeper.app.web.history.ChartRange;
import io.anchorkeeper.app.web.history.ChartSeries;
import io.anchorkeeper.app.web.history.SlotSampleRepository;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.SlotId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A slot's page: its position, the actions it offers, the chart of its profit rate and margin, its
 * procedures with every step, its margin corrections, alerts and parameters.
 */
@Controller
@RequestMapping("/dashboard/slots/{account}/{instId}/{side}")
class SlotPageController {

  private static final int LIST_LIMIT = 50;
  private static final int CHART_POINTS = 360;

  /** A week of 30-second samples: the most one chart reads before thinning. */
  private static final int CHART_READ_LIMIT = 20_160;

  private final KeeperEngine engine;
  private final ReportRepository reports;
  private final AlertRepository alerts;
  private final SlotSampleRepository samples;
  private final DashboardFormat format;
  private final Clock clock;

  SlotPageController(
      KeeperEngine engine,
      ReportRepository reports,
      AlertRepository alerts,
      SlotSampleRepository samples,
      DashboardFormat format,
      Clock clock) {
    this.engine = engine;
    this.reports = reports;
    this.alerts = alerts;
    this.samples = samples;
    this.format = format;
    this.clock = clock;
  }

  @GetMapping
  String page(
      @PathVariable String account,
      @PathVariable String instId,
      @PathVariable String side,
      Model model) {
    SlotView view = view(account, instId, side);
    position(view, model);
    history(view.config().id(), model);
    model.addAttribute("settings", SettingsText.render(view.settings()));
    model.addAttribute("overrides", SettingsText.render(view.config().overrides()));
    model.addAttribute("ranges", ChartRange.values());
    model.addAttribute("zone", format.zone().getId());
    return "slot";
  }

  @GetMapping("/fragments/position")
  String positionFragment(
      @PathVariable String account,
      @PathVariable String instId,
      @PathVariable String side,
      Model model) {
    position(view(account, instId, side), model);
    return "slot :: position";
  }

  @GetMapping("/fragments/history")
  String historyFragment(
      @PathVariable String account,
      @PathVariable String instId,
      @PathVariable String side,
      Model model) {
    history(view(account, instId, side).config().id(), model);
    return "slot :: history";
  }

  /** The chart's points over the range ({@code 1h}, {@code 6h}, {@code 24h}, {@code 7d}). */
  @GetMapping("/samples")
  @ResponseBody
  ChartSeries samples(
      @PathVariable String account,
      @PathVariable String instId,
      @PathVariable String side,
      @RequestParam(required = false) String range) {
    SlotId slot = view(account, instId, side).config().id();
    Instant now = clock.instant();
    Instant from = now.minus(ChartRange.parse(range).span());
    return ChartSeries.of(
        samples.between(slot, from, now.plusSeconds(1), CHART_READ_LIMIT), CHART_POINTS);
  }

  private void position(SlotView view, Model model) {
    model.addAttribute("view", view);
    model.addAttribute("p", PositionDto.of(view));
    model.addAttribute("actions", actionsFor(view));
  }

  private void history(SlotId slot, Model model) {
    ProcedureQuery query = ProcedureQuery.newest(LIST_LIMIT).withSlot(slot);
    model.addAttribute("slot", slot);
    model.addAttribute("records", reports.list(query).stream().map(RecordDto::of).toList());
    model.addAttribute(
        "corrections", reports.marginAdjustments(query).stream().map(CorrectionRow::of).toList());
    model.addAttribute("alerts", alerts.list(AlertQuery.newest(LIST_LIMIT).withSlot(slot)));
  }

  /**
   * Normal maintenance is the main account's (SPEC 3.1); the rest apply to every slot. Pause and
   * resume are both offered, so the bar does not change under a reader's finger.
   */
  private static List<DashboardAction> actionsFor(SlotView view) {
    List<DashboardAction> actions = new ArrayList<>();
    actions.add(DashboardAction.SUPER_MAINTAIN);
    if (view.config().kind() == AccountKind.MAIN) {
      actions.add(DashboardAction.NORMAL_MAINTAIN);
    }
    actions.add(DashboardAction.CORRECT_MARGIN);
    actions.add(DashboardAction.PAUSE);
    actions.add(DashboardAction.RESUME);
    return actions;
  }

  private SlotView view(String account, String instId, String side) {
    SlotId slot = SlotId.of(account, instId, side);
    return engine.view(slot).orElseThrow(() -> new UnknownSlotException(slot));
  }
}
