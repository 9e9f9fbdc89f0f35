package io.anchorkeeper.app.persistence;

import io.anchorkeeper.core.notify.Alert;
import java.util.Objects;

/** An alert with the id the database gave it (increasing: a later alert has a larger id). */
public record SavedAlert(long id, Alert alert) {

  public SavedAlert {
    Objects.requireNonNull(alert, "alert must not be null");
  }
}
