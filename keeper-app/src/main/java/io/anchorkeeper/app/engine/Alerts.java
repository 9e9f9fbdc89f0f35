package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.notify.Alert;
import io.anchorkeeper.core.notify.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends an alert to the log of alerts and to the owner; neither failure stops the caller. */
public final class Alerts {

  private static final Logger log = LoggerFactory.getLogger(Alerts.class);

  private final AlertLog alertLog;
  private final Notifier notifier;

  public Alerts(AlertLog alertLog, Notifier notifier) {
    this.alertLog = alertLog;
    this.notifier = notifier;
  }

  public void raise(Alert alert) {
    try {
      alertLog.save(alert);
    } catch (RuntimeException e) {
      log.error("could not record alert {} on {}", alert.kind(), alert.slot(), e);
    }
    notifier.notify(alert);
  }
}
