package io.anchorkeeper.app.notify.format;

import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.record.ExecutedOrder;
import io.anchorkeeper.core.record.ProcedureReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A normal or super maintenance in the layout of the owner's current message (seed 000, section 4):
 * header, one block per step with order ids, size, average price, fills and fee, then the totals.
 */
final class MaintenanceRenderer {

  private final ReportSections sections;

  MaintenanceRenderer(ReportSections sections) {
    this.sections = sections;
  }

  String render(ProcedureReport report) {
    Language language = sections.language();
    HtmlLines lines = sections.lines();
    lines.line(sections.title(report, "🔧")).blank();
    sections.outcome(lines, report);
    sections.header(lines, report);
    byStep(report.orders()).forEach((step, orders) -> step(lines, step, orders));

    lines.blank().line(Html.bold("💰 " + Phrase.TOTALS.in(language)) + ":");
    if (!report.orders().isEmpty()) {
      lines
          .bullet(Phrase.TOTAL_PNL, Figures.signedUsdt(report.totalPnl()))
          .bullet(Phrase.TOTAL_FEES, Figures.usdt(report.totalFees()))
          .bullet(Phrase.NET_PNL, Figures.signedUsdt(report.netPnl()))
          .bullet(
              Phrase.FEE_RATE,
              report.feeRate().map(Figures::feeRate).orElse(Phrase.NONE.in(language)));
    }
    lines
        .bullet(Phrase.REMAINING, Html.escape(sections.remaining(report)))
        .bullet(Phrase.COUNT, report.countBefore() + " → " + report.countAfter())
        .bullet(Phrase.STATUS, sections.status(report.status()))
        .blank();
    sections.time(lines, report);
    return lines.build();
  }

  private void step(HtmlLines lines, int step, List<ExecutedOrder> orders) {
    Language language = sections.language();
    OrderPurpose purpose = orders.get(0).purpose();
    String title = Phrase.STEP_TITLE.in(language, Integer.toString(step), stepName(purpose));
    lines.blank().line(Html.bold(stepEmoji(purpose) + " " + Html.escape(title)) + ":");
    for (int i = 0; i < orders.size(); i++) {
      if (orders.size() > 1) {
        String n = Integer.toString(i + 1);
        lines.line("— " + Phrase.ORDER_N_OF_M.in(language, n, Integer.toString(orders.size())));
      }
      order(lines, orders.get(i).report());
    }
    if (purpose == OrderPurpose.CLOSE_OLD) {
      lines.bullet(Phrase.PURPOSE, Phrase.FREES_MARGIN.in(language));
    }
  }

  private void order(HtmlLines lines, OrderReport order) {
    Language language = sections.language();
    lines
        .bullet(
            Phrase.ORDER_ID,
            Html.code(order.clientOrderId().value()) + " / " + Html.code(order.exchangeOrderId()))
        .bullet(
            Phrase.FILLED,
            Phrase.FILLED_OF.in(
                language, Figures.contracts(order.filled()), Figures.contracts(order.requested())))
        .bullet(Phrase.AVERAGE_PRICE, sections.averagePrice(order))
        .bullet(Phrase.FILLS, Phrase.FILL_COUNT.in(language, Integer.toString(order.fillCount())))
        .bullet(Phrase.FEE, Figures.usdt(order.feePaid()));
    sections.unusualState(order).ifPresent(state -> lines.bullet(Phrase.ORDER_STATE, state));
  }

  private String stepName(OrderPurpose purpose) {
    Phrase name =
        switch (purpose) {
          case CLOSE_OLD -> Phrase.STEP_CLOSE_OLD;
          case OPEN, AUTO_OPEN -> Phrase.STEP_OPEN;
          case TRIM -> Phrase.STEP_TRIM;
          case TAKE_PROFIT -> Phrase.STEP_CLOSE;
        };
    return name.in(sections.language());
  }

  private static String stepEmoji(OrderPurpose purpose) {
    return switch (purpose) {
      case CLOSE_OLD -> "🔵";
      case OPEN, AUTO_OPEN -> "🟢";
      case TRIM, TAKE_PROFIT -> "🔴";
    };
  }

  private static Map<Integer, List<ExecutedOrder>> byStep(List<ExecutedOrder> orders) {
    Map<Integer, List<ExecutedOrder>> steps = new LinkedHashMap<>();
    for (ExecutedOrder order : orders) {
      steps.computeIfAbsent(order.step(), s -> new ArrayList<>()).add(order);
    }
    return steps;
  }
}
