package io.anchorkeeper.app.notify.format;

import io.anchorkeeper.core.plan.OrderDirection;
import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.record.ExecutedOrder;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureType;

/** Auto-open and take-profit: a few lines, since they are routine. */
final class ShortReportRenderer {

  private final ReportSections sections;

  ShortReportRenderer(ReportSections sections) {
    this.sections = sections;
  }

  String render(ProcedureReport report) {
    Language language = sections.language();
    HtmlLines lines = sections.lines();
    String emoji = report.request().type() == ProcedureType.AUTO_OPEN ? "🆕" : "💵";
    lines.line(sections.title(report, emoji));
    sections.outcome(lines, report);
    lines.line("👤 " + sections.slot(report.request().slot().id()));
    report.orders().forEach(order -> lines.line("• " + orderLine(order)));
    if (report.request().type() == ProcedureType.TAKE_PROFIT && !report.orders().isEmpty()) {
      lines.line(
          "• "
              + Phrase.PNL_LINE.in(
                  language,
                  Figures.signedUsdt(report.totalPnl()),
                  Figures.signedUsdt(report.netPnl())));
    }
    String position = Phrase.POSITION_LINE.in(language, Html.escape(sections.remaining(report)));
    if (sections.changesCount(report)) {
      position +=
          "; "
              + Phrase.COUNT_CHANGE.in(
                  language,
                  Integer.toString(report.countBefore()),
                  Integer.toString(report.countAfter()));
    }
    lines.line("• " + position);
    sections.time(lines, report);
    return lines.build();
  }

  private String orderLine(ExecutedOrder executed) {
    OrderReport order = executed.report();
    Phrase template =
        executed.purpose().direction() == OrderDirection.OPEN
            ? Phrase.OPENED_LINE
            : Phrase.CLOSED_LINE;
    String line =
        template.in(
            sections.language(),
            Figures.contracts(order.filled()),
            Figures.contracts(order.requested()),
            sections.averagePrice(order),
            Integer.toString(order.fillCount()),
            Figures.usdt(order.feePaid()));
    return sections.unusualState(order).map(state -> line + " (" + state + ")").orElse(line);
  }
}
