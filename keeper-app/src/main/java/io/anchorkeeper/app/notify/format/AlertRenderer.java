package io.anchorkeeper.app.notify.format;

import io.anchorkeeper.core.notify.Alert;
import io.anchorkeeper.core.notify.Severity;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.util.Optional;

/**
 * An alert: one line naming the urgency, the slot and the figures, then the detail in the
 * exchange's or the procedure's own words, then the time.
 */
final class AlertRenderer {

  private final ReportSections sections;

  AlertRenderer(ReportSections sections) {
    this.sections = sections;
  }

  String render(Alert alert) {
    Language language = sections.language();
    String slot = alert.slot().map(s -> " · " + sections.slot(s)).orElse("");
    HtmlLines lines = sections.lines();
    lines.line(
        severityEmoji(alert.severity())
            + " "
            + Html.bold(severityName(alert.severity()).in(language))
            + slot
            + ": "
            + what(alert));
    if (!alert.detail().isBlank()) {
      lines.line("📝 " + Html.escapeWithin(alert.detail(), ReportSections.MAX_FREE_TEXT));
    }
    lines.line("⏰ " + sections.time(alert.at()));
    return lines.build();
  }

  private String what(Alert alert) {
    Language language = sections.language();
    String rate = percent(alert.profitRate());
    String threshold = percent(alert.threshold());
    return switch (alert.kind()) {
      case PROFIT_TIER -> Phrase.ALERT_PROFIT_TIER.in(language, rate, threshold);
      case MARGIN_OFF_BAND ->
          Phrase.ALERT_MARGIN_OFF_BAND.in(
              language, usdt(alert.margin()), usdt(alert.target()), deviation(alert));
      case PROCEDURE_FAILED -> Phrase.ALERT_PROCEDURE_FAILED.in(language);
      case PROCEDURE_REFUSED -> Phrase.ALERT_PROCEDURE_REFUSED.in(language);
      case CAP_REACHED -> Phrase.ALERT_CAP_REACHED.in(language, rate, threshold);
      case OWNER_DECIDES ->
          Phrase.ALERT_OWNER_DECIDES.in(language, rate, threshold, commandHint(alert.slot()));
      case EXCHANGE_UNREACHABLE -> Phrase.ALERT_EXCHANGE_UNREACHABLE.in(language);
      case RATE_LIMITED -> Phrase.ALERT_RATE_LIMITED.in(language);
    };
  }

  /** The owner's commands for the slot, ready to copy: {@code /maintain … · /super …}. */
  private static String commandHint(Optional<SlotId> slot) {
    return slot.map(
            s -> {
              String args =
                  " " + s.account().value() + " " + s.instrument().value() + " " + s.side().code();
              return Html.escape("/maintain" + args + " · /super" + args);
            })
        .orElse("/slots");
  }

  /** How far the margin is from its target, as a signed percentage of the target. */
  private String deviation(Alert alert) {
    if (alert.margin().isEmpty() || alert.target().isEmpty() || alert.target().get().isZero()) {
      return Phrase.UNKNOWN.in(sections.language());
    }
    Usdt target = alert.target().get();
    return Figures.signedPercent(alert.margin().get().minus(target).ratioTo(target));
  }

  private String percent(Optional<Ratio> ratio) {
    return ratio.map(Figures::percent).orElse(Phrase.UNKNOWN.in(sections.language()));
  }

  private String usdt(Optional<Usdt> amount) {
    return amount.map(Figures::usdt).orElse(Phrase.UNKNOWN.in(sections.language()));
  }

  private static Phrase severityName(Severity severity) {
    return switch (severity) {
      case INFO -> Phrase.SEVERITY_INFO;
      case NOTICE -> Phrase.SEVERITY_NOTICE;
      case WARNING -> Phrase.SEVERITY_WARNING;
      case CRITICAL -> Phrase.SEVERITY_CRITICAL;
    };
  }

  private static String severityEmoji(Severity severity) {
    return switch (severity) {
      case INFO -> "ℹ️";
      case NOTICE -> "🔔";
      case WARNING -> "⚠️";
      case CRITICAL -> "🚨";
    };
  }
}
