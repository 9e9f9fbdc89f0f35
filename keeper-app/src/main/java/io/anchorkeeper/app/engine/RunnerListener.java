package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.slot.SlotId;

/** Hears about procedures starting and finishing (the engine, the dashboard's live feed). */
public interface RunnerListener {

  default void onStarted(ProcedureRequest request) {}

  /**
   * The procedure finished and its report is durable. Called on the procedure's thread before the
   * slot's lane is released, so the slot's next procedure sees everything done here.
   */
  default void onFinished(ProcedureReport report) {}

  /**
   * A run stopped before its end because the exchange stayed unreachable or kept refusing for the
   * rate ({@code rateLimited}); it will be resumed from its journal. {@code attempt} counts the
   * stops of this procedure, from 1.
   */
  default void onInterrupted(
      SlotId slot, ProcedureId procedure, String reason, boolean rateLimited, int attempt) {}
}
