package io.anchorkeeper.app.notify.format;

import io.anchorkeeper.core.port.MarginDirection;
import io.anchorkeeper.core.record.MarginStep;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureStatus;

/** A margin correction: each step asked for, applied or refused, and the margin it left. */
final class CorrectionRenderer {

  private final ReportSections sections;

  CorrectionRenderer(ReportSections sections) {
    this.sections = sections;
  }

  String render(ProcedureReport report) {
    Language language = sections.language();
    HtmlLines lines = sections.lines();
    lines.line(sections.title(report, "⚖️")).blank();
    sections.outcome(lines, report);
    sections.header(lines, report);
    lines.blank();
    if (report.marginSteps().isEmpty()) {
      lines.line("• " + Phrase.NO_MARGIN_STEPS.in(language));
    }
    report.marginSteps().forEach(step -> lines.line("• " + step(step)));
    if (report.status() == ProcedureStatus.COMPLETED) {
      lines.field(
          "📝", Phrase.SUMMARY, Html.escapeWithin(report.summary(), ReportSections.MAX_FREE_TEXT));
    }
    lines
        .field(
            "💼",
            Phrase.MARGIN_NOW,
            report.remainingMargin().map(Figures::usdt).orElse(Phrase.UNKNOWN.in(language)))
        .field("📌", Phrase.STATUS, sections.status(report.status()))
        .blank();
    sections.time(lines, report);
    return lines.build();
  }

  private String step(MarginStep step) {
    Language language = sections.language();
    String number = Integer.toString(step.step());
    Phrase direction =
        step.change().direction() == MarginDirection.ADD ? Phrase.ADD : Phrase.REDUCE;
    String amount = Figures.usdt(step.change().amount());
    String before = Figures.usdt(step.marginBefore());
    if (step.applied()) {
      return Phrase.MARGIN_STEP_APPLIED.in(
          language,
          number,
          direction.in(language),
          amount,
          before,
          Figures.usdt(step.marginAfter()));
    }
    String reason = Html.escapeWithin(step.refusal().orElseThrow(), ReportSections.MAX_FREE_TEXT);
    return Phrase.MARGIN_STEP_REFUSED.in(
        language, number, direction.in(language), amount, before, reason);
  }
}
