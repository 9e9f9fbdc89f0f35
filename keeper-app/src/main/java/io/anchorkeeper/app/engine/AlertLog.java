package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.notify.Alert;

/** Keeps alerts for the dashboard and the API. */
@FunctionalInterface
public interface AlertLog {

  void save(Alert alert);
}
