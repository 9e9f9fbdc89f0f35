package io.anchorkeeper.app.web.actions;

import io.anchorkeeper.app.api.RecordDto;
import io.anchorkeeper.app.config.SettingsService;
import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.ProcedureCommand;
import io.anchorkeeper.app.engine.SlotConfig;
import io.anchorkeeper.app.engine.Submission;
import io.anchorkeeper.app.web.DashboardProperties;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.record.Trigger;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Service;

/**
 * Carries out confirmed actions through the engine, as the API and Telegram do: procedures go to
 * the runner (one lane per slot, "busy" when taken), pauses to the slot registry, parameters to the
 * settings service. A procedure's answer waits up to {@code keeper.dashboard.action-wait} for its
 * record.
 */
@Service
public class ManualActions {

  private final KeeperEngine engine;
  private final SettingsService settings;
  private final DashboardProperties properties;

  public ManualActions(
      KeeperEngine engine, SettingsService settings, DashboardProperties properties) {
    this.engine = engine;
    this.settings = settings;
    this.properties = properties;
  }

  /**
   * Runs the action on the slot. A maintenance carries the size the owner confirmed: the procedure
   * refuses to trade when the exchange holds another size by then.
   */
  public ActionOutcome run(
      DashboardAction action, SlotId slot, Optional<Contracts> confirmedSize, String requestedBy) {
    Optional<ProcedureType> type = action.procedure();
    if (type.isEmpty()) {
      engine.pause(slot, action == DashboardAction.PAUSE, requestedBy);
      return ActionOutcome.of(ActionOutcome.Kind.APPLIED, null, null);
    }
    Submission submission =
        engine.submit(
            new ProcedureCommand(
                type.get(),
                slot,
                Trigger.manual(requestedBy),
                action.pinsSize() ? confirmedSize : Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    return answer(submission);
  }

  /** Pauses or resumes every slot of the account; returns how many. */
  public int pauseAccount(AccountName account, boolean paused, String requestedBy) {
    List<SlotId> slots = engine.slots().ofAccount(account).stream().map(SlotConfig::id).toList();
    slots.forEach(slot -> engine.pause(slot, paused, requestedBy));
    return slots.size();
  }

  /** Changes the slot's parameters by SPEC names, validated and audited by the settings service. */
  public ActionOutcome changeSettings(SlotId slot, Map<String, String> values, String requestedBy) {
    settings.changeSlot(slot, values, requestedBy);
    return ActionOutcome.of(ActionOutcome.Kind.APPLIED, null, null);
  }

  private ActionOutcome answer(Submission submission) {
    if (submission instanceof Submission.Busy busy) {
      return ActionOutcome.of(ActionOutcome.Kind.BUSY, busy.running().value(), null);
    }
    if (submission instanceof Submission.Refused refused) {
      return ActionOutcome.of(ActionOutcome.Kind.REFUSED, null, refused.reason());
    }
    Submission.Started started = (Submission.Started) submission;
    try {
      ProcedureReport report =
          started.done().get(properties.actionWait().toMillis(), TimeUnit.MILLISECONDS);
      return ActionOutcome.ended(RecordDto.of(report));
    } catch (TimeoutException e) {
      return ActionOutcome.of(ActionOutcome.Kind.RUNNING, started.id().value(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ActionOutcome.of(ActionOutcome.Kind.RUNNING, started.id().value(), null);
    } catch (ExecutionException e) {
      throw new IllegalStateException("procedure " + started.id() + " ended abnormally", e);
    }
  }
}
