package io.anchorkeeper.app.notify.format;

import io.anchorkeeper.core.notify.Alert;
import io.anchorkeeper.core.notify.Notification;
import io.anchorkeeper.core.notify.ProcedureFinished;
import io.anchorkeeper.core.notify.Severity;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.slot.SlotId;
import java.util.Optional;

/**
 * What every channel needs to know about a notification besides its text: its kind, its urgency and
 * its slot. A procedure report is as urgent as its ending: completed is INFO, refused WARNING,
 * failed CRITICAL (something may be left on the exchange).
 */
public final class NotificationFacts {

  private NotificationFacts() {}

  /** The procedure type or alert kind, e.g. {@code SUPER_MAINTENANCE} or {@code PROFIT_TIER}. */
  public static String kind(Notification notification) {
    if (notification instanceof ProcedureFinished finished) {
      return finished.report().request().type().name();
    }
    return ((Alert) notification).kind().name();
  }

  public static Severity severity(Notification notification) {
    if (notification instanceof ProcedureFinished finished) {
      return severity(finished.report());
    }
    return ((Alert) notification).severity();
  }

  public static Optional<SlotId> slot(Notification notification) {
    if (notification instanceof ProcedureFinished finished) {
      return Optional.of(finished.report().request().slot().id());
    }
    return ((Alert) notification).slot();
  }

  private static Severity severity(ProcedureReport report) {
    return switch (report.status()) {
      case FAILED -> Severity.CRITICAL;
      case REFUSED -> Severity.WARNING;
      case COMPLETED, RUNNING -> Severity.INFO;
    };
  }
}
