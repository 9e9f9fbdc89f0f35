package io.anchorkeeper.app.engine;

import io.anchorkeeper.app.notify.command.OwnerCommands;
import io.anchorkeeper.app.notify.command.PauseTarget;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.record.Trigger;
import io.anchorkeeper.core.slot.SlotId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The owner's chat commands, answered by the engine through the same runner (one lane per slot) as
 * every other request. Answers are short plain text; a maintenance answers with the procedure's id
 * at once, and its report follows as a notification.
 */
public final class EngineOwnerCommands implements OwnerCommands {

  private final KeeperEngine engine;

  public EngineOwnerCommands(KeeperEngine engine) {
    this.engine = engine;
  }

  @Override
  public String status() {
    List<SlotView> views = engine.views();
    Map<String, Long> byStatus =
        views.stream()
            .collect(
                Collectors.groupingBy(
                    v -> v.status().name().toLowerCase(Locale.ROOT),
                    TreeMap::new,
                    Collectors.counting()));
    long running = views.stream().filter(v -> v.running().isPresent()).count();
    return views.size()
        + " slots on "
        + engine.slots().accounts().size()
        + " accounts; "
        + running
        + " procedures running; by status: "
        + byStatus;
  }

  @Override
  public String slots() {
    return engine.views().stream().map(EngineOwnerCommands::line).collect(Collectors.joining("\n"));
  }

  private static String line(SlotView view) {
    String position =
        view.position()
            .map(p -> p.size() + " contracts, margin " + p.margin().toCentsString())
            .orElse("no position");
    String rate = view.profitRate().map(r -> r.toPercentString(2)).orElse("-");
    return view.config().id()
        + ": "
        + position
        + ", "
        + rate
        + ", "
        + view.config().maintenanceCount()
        + "/"
        + view.settings().maxMaintenances()
        + ", "
        + view.status().name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String maintain(SlotId slot, boolean superMaintenance, String requestedBy) {
    if (engine.view(slot).isEmpty()) {
      return "no anchor slot " + slot + " is configured";
    }
    ProcedureType type =
        superMaintenance ? ProcedureType.SUPER_MAINTENANCE : ProcedureType.NORMAL_MAINTENANCE;
    Submission submission =
        engine.submit(ProcedureCommand.of(type, slot, Trigger.manual(requestedBy)));
    if (submission instanceof Submission.Started started) {
      return "started " + type.name().toLowerCase(Locale.ROOT) + " " + started.id() + " on " + slot;
    }
    if (submission instanceof Submission.Busy busy) {
      return slot + " is busy with procedure " + busy.running();
    }
    return "refused: " + ((Submission.Refused) submission).reason();
  }

  @Override
  public String pause(PauseTarget target, String requestedBy) {
    return setPaused(target, true, requestedBy);
  }

  @Override
  public String resume(PauseTarget target, String requestedBy) {
    return setPaused(target, false, requestedBy);
  }

  private String setPaused(PauseTarget target, boolean paused, String requestedBy) {
    List<SlotId> slots =
        target
            .slot()
            .map(List::of)
            .orElseGet(
                () ->
                    engine.slots().ofAccount(target.account()).stream()
                        .map(SlotConfig::id)
                        .toList());
    if (slots.isEmpty() || slots.stream().anyMatch(s -> engine.view(s).isEmpty())) {
      return "no anchor slot matches " + target;
    }
    slots.forEach(s -> engine.pause(s, paused, requestedBy));
    return (paused ? "paused " : "resumed ") + slots.size() + " slot(s) of " + target;
  }
}
