package io.anchorkeeper.app.notify.format;

import io.anchorkeeper.core.notify.Alert;
import io.anchorkeeper.core.notify.Notification;
import io.anchorkeeper.core.notify.ProcedureFinished;
import io.anchorkeeper.core.record.ProcedureReport;
import java.time.ZoneId;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a notification as Telegram HTML in one language and time zone. Pure and thread-safe: the
 * same notification always gives the same text, so Telegram, the dashboard feed and the log show
 * exactly the same message. Never throws: a notification it cannot render becomes a short message
 * saying so, and the cause goes to the log.
 */
public final class MessageFormatter {

  private static final Logger log = LoggerFactory.getLogger(MessageFormatter.class);

  private final Language language;
  private final ReportSections sections;
  private final MaintenanceRenderer maintenance;
  private final CorrectionRenderer correction;
  private final ShortReportRenderer shortReport;
  private final AlertRenderer alerts;

  public MessageFormatter(Language language, ZoneId zone) {
    this.language = Objects.requireNonNull(language, "language must not be null");
    this.sections = new ReportSections(language, new Figures(zone));
    this.maintenance = new MaintenanceRenderer(sections);
    this.correction = new CorrectionRenderer(sections);
    this.shortReport = new ShortReportRenderer(sections);
    this.alerts = new AlertRenderer(sections);
  }

  public Language language() {
    return language;
  }

  /** The message, possibly longer than one Telegram message; see {@link MessageSplitter}. */
  public String render(Notification notification) {
    try {
      if (notification instanceof ProcedureFinished finished) {
        return render(finished.report());
      }
      return alerts.render((Alert) notification);
    } catch (RuntimeException e) {
      String what = NotificationFacts.kind(notification);
      log.error("Could not render a {} notification", what, e);
      return "⚠️ "
          + Html.escape(Phrase.RENDERING_FAILED.in(language, what, e.getClass().getSimpleName()));
    }
  }

  private String render(ProcedureReport report) {
    return switch (report.request().type()) {
      case NORMAL_MAINTENANCE, SUPER_MAINTENANCE -> maintenance.render(report);
      case MARGIN_CORRECTION -> correction.render(report);
      case AUTO_OPEN, TAKE_PROFIT -> shortReport.render(report);
    };
  }
}
