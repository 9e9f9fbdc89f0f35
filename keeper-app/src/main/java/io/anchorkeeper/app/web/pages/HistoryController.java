package io.anchorkeeper.app.web.pages;

import io.anchorkeeper.app.api.RecordDto;
import io.anchorkeeper.app.notify.DashboardFeed;
import io.anchorkeeper.app.persistence.AlertQuery;
import io.anchorkeeper.app.persistence.AlertRepository;
import io.anchorkeeper.app.persistence.ProcedureQuery;
import io.anchorkeeper.app.persistence.ReportRepository;
import io.anchorkeeper.app.web.DashboardViews;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.notify.Severity;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.slot.AccountName;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The history pages: maintenances (and on request every procedure) with their steps, the
 * margin-correction log, alerts, and the notification feed. Filters by account and instrument; htmx
 * asks for the list alone.
 */
@Controller
@RequestMapping("/dashboard")
class HistoryController {

  private static final int LIMIT = 200;

  private final ReportRepository reports;
  private final AlertRepository alerts;
  private final DashboardFeed feed;

  HistoryController(ReportRepository reports, AlertRepository alerts, DashboardFeed feed) {
    this.reports = reports;
    this.alerts = alerts;
    this.feed = feed;
  }

  @GetMapping("/maintenance")
  String maintenance(
      @RequestParam(required = false) String account,
      @RequestParam(required = false) String inst,
      @RequestParam(required = false, defaultValue = "false") boolean all,
      HttpServletRequest request,
      Model model) {
    ProcedureQuery query = query(account, inst);
    if (!all) {
      query = query.withTypes(ProcedureType.NORMAL_MAINTENANCE, ProcedureType.SUPER_MAINTENANCE);
    }
    model.addAttribute("records", reports.list(query).stream().map(RecordDto::of).toList());
    model.addAttribute("all", all);
    return page(request, model, "maintenance", account, inst);
  }

  @GetMapping("/corrections")
  String corrections(
      @RequestParam(required = false) String account,
      @RequestParam(required = false) String inst,
      HttpServletRequest request,
      Model model) {
    model.addAttribute(
        "corrections",
        reports.marginAdjustments(query(account, inst)).stream().map(CorrectionRow::of).toList());
    return page(request, model, "corrections", account, inst);
  }

  @GetMapping("/alerts")
  String alerts(
      @RequestParam(required = false) String account,
      @RequestParam(required = false) String severity,
      HttpServletRequest request,
      Model model) {
    AlertQuery query = AlertQuery.newest(LIMIT);
    Optional<AccountName> name = given(account).map(AccountName::of);
    Optional<Severity> least =
        given(severity).map(s -> Severity.valueOf(s.toUpperCase(Locale.ROOT)));
    query = name.map(query::withAccount).orElse(query);
    query = least.map(query::withMinSeverity).orElse(query);
    model.addAttribute("alerts", alerts.list(query));
    model.addAttribute("severity", given(severity).orElse(""));
    model.addAttribute("severities", Severity.values());
    return page(request, model, "alerts", account, null);
  }

  @GetMapping("/feed")
  String feed(HttpServletRequest request, Model model) {
    model.addAttribute("feed", feed.latest(LIMIT).stream().map(FeedItem::of).toList());
    return page(request, model, "feed", null, null);
  }

  private static String page(
      HttpServletRequest request, Model model, String name, String account, String inst) {
    model.addAttribute("account", given(account).orElse(""));
    model.addAttribute("inst", given(inst).orElse(""));
    return DashboardViews.isFragmentRequest(request) ? name + " :: list" : name;
  }

  private static ProcedureQuery query(String account, String inst) {
    ProcedureQuery query = ProcedureQuery.newest(LIMIT);
    query = given(account).map(AccountName::of).map(query::withAccount).orElse(query);
    return given(inst).map(InstrumentId::of).map(query::withInstrument).orElse(query);
  }

  private static Optional<String> given(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}
