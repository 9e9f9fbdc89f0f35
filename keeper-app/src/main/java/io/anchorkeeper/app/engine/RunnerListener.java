package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureRequest;

/** Hears about procedures starting and finishing (the engine, the dashboard's live feed). */
public interface RunnerListener {

  default void onStarted(ProcedureRequest request) {}

  /**
   * The procedure finished and its report is durable. Called on the procedure's thread before the
   * slot's lane is released, so the slot's next procedure sees everything done here.
   */
  default void onFinished(ProcedureReport report) {}
}
