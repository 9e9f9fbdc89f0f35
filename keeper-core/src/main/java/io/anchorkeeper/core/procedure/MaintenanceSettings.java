package io.anchorkeeper.core.procedure;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.maintenance.SuperMaintenancePlan;
import io.anchorkeeper.core.maintenance.SuperMaintenancePlanner;
import io.anchorkeeper.core.margin.MarginBand;
import io.anchorkeeper.core.plan.Outcome;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.value.Price;

/** Applies a manual request's amounts to the slot's settings and plan. */
final class MaintenanceSettings {

  private MaintenanceSettings() {}

  /** The slot's settings with the request's {@code maintenance_amount}, validated together. */
  static AnchorSettings effective(AnchorSettings settings, ProcedureRequest request) {
    return request
        .maintenanceAmount()
        .map(a -> settings.with(SettingsOverrides.builder().maintenanceAmount(a).build()))
        .orElse(settings);
  }

  /** The super maintenance plan, trimming to the request's {@code target_margin} when given. */
  static Outcome<SuperMaintenancePlan> superPlan(
      ProcedureRequest request,
      PositionSnapshot position,
      InstrumentSpec spec,
      Price mark,
      AnchorSettings settings) {
    Outcome<SuperMaintenancePlan> plan =
        SuperMaintenancePlanner.plan(request.slot(), position, spec, mark, settings);
    if (request.targetMargin().isEmpty()) {
      return plan;
    }
    MarginBand band = MarginBand.around(request.targetMargin().get(), settings.tolerance());
    if (!band.target().isLessThan(settings.maintenanceAmount())) {
      return Outcome.refused(
          "target_margin "
              + band.target()
              + " must be below maintenance_amount "
              + settings.maintenanceAmount());
    }
    return plan.map(
        p ->
            new SuperMaintenancePlan(
                p.slot(), p.spec(), p.leverage(), p.closeOld(), p.open(), band));
  }
}
