package io.anchorkeeper.app.web.pages;

import io.anchorkeeper.app.api.RecordDto;
import io.anchorkeeper.app.api.Summary;
import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.SlotView;
import io.anchorkeeper.app.notify.DashboardFeed;
import io.anchorkeeper.app.persistence.ProcedureQuery;
import io.anchorkeeper.app.persistence.ReportRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overview at {@code /}: summary cards, the position tables (filtered and sorted on the server)
 * and the latest procedures and notifications. Each part is also a fragment that open pages fetch
 * again when the live stream says it changed.
 */
@Controller
class OverviewController {

  private static final int RECENT = 8;

  private final KeeperEngine engine;
  private final ReportRepository reports;
  private final DashboardFeed feed;

  OverviewController(KeeperEngine engine, ReportRepository reports, DashboardFeed feed) {
    this.engine = engine;
    this.reports = reports;
    this.feed = feed;
  }

  @GetMapping("/")
  String overview(
      @RequestParam(required = false) String account,
      @RequestParam(required = false) String inst,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    List<SlotView> views = engine.views();
    model.addAttribute("summary", Summary.of(views));
    model.addAttribute(
        "tables", PositionTables.of(views, PositionFilter.of(account, inst, sort, dir)));
    activity(model);
    return "overview";
  }

  @GetMapping("/dashboard")
  String dashboard() {
    return "redirect:/";
  }

  @GetMapping("/dashboard/fragments/summary")
  String summary(Model model) {
    model.addAttribute("summary", Summary.of(engine.views()));
    return "overview :: cards";
  }

  @GetMapping("/dashboard/fragments/positions")
  String positions(
      @RequestParam(required = false) String account,
      @RequestParam(required = false) String inst,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    PositionFilter filter = PositionFilter.of(account, inst, sort, dir);
    model.addAttribute("tables", PositionTables.of(engine.views(), filter));
    // The address bar keeps the filter, so a reload or a shared link shows the same tables.
    response.setHeader("HX-Replace-Url", request.getContextPath() + "/?" + filter.query());
    return "overview :: tables";
  }

  @GetMapping("/dashboard/fragments/activity")
  String activity(Model model) {
    List<RecordDto> recent =
        reports.list(ProcedureQuery.newest(RECENT)).stream().map(RecordDto::of).toList();
    model.addAttribute("recent", recent);
    model.addAttribute("feed", feed.latest(RECENT).stream().map(FeedItem::of).toList());
    return "overview :: activity";
  }
}
