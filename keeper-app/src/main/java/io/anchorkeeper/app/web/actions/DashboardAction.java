package io.anchorkeeper.app.web.actions;

import io.anchorkeeper.core.record.ProcedureType;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the owner can do to one slot from the dashboard. Each code names the action in URLs and in
 * the labels ({@code action.<code>.title}); procedures run through the engine's runner.
 */
public enum DashboardAction {
  SUPER_MAINTAIN("super-maintain", ProcedureType.SUPER_MAINTENANCE),
  NORMAL_MAINTAIN("maintain", ProcedureType.NORMAL_MAINTENANCE),
  CORRECT_MARGIN("correct-margin", ProcedureType.MARGIN_CORRECTION),
  PAUSE("pause", null),
  RESUME("resume", null);

  private final String code;
  private final ProcedureType procedure;

  DashboardAction(String code, ProcedureType procedure) {
    this.code = code;
    this.procedure = procedure;
  }

  public String code() {
    return code;
  }

  /** The procedure the action runs; empty for pause and resume. */
  public Optional<ProcedureType> procedure() {
    return Optional.ofNullable(procedure);
  }

  /** True for the maintenances, whose confirmation pins the position size the owner saw. */
  public boolean pinsSize() {
    return procedure != null && procedure.isMaintenance();
  }

  /** The action named {@code code}; throws naming the codes when there is none. */
  public static DashboardAction parse(String code) {
    return Arrays.stream(values())
        .filter(a -> a.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "action must be one of super-maintain, maintain, correct-margin, pause,"
                        + " resume; was '"
                        + code
                        + "'"));
  }
}
