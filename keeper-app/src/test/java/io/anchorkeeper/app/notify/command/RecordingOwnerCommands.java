package io.anchorkeeper.app.notify.command;

import io.anchorkeeper.core.slot.SlotId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every call and answers with a description of it. */
public class RecordingOwnerCommands implements OwnerCommands {

  private final List<String> calls = new CopyOnWriteArrayList<>();

  public List<String> calls() {
    return calls;
  }

  @Override
  public String status() {
    return record("status");
  }

  @Override
  public String slots() {
    return record("slots");
  }

  @Override
  public String maintain(SlotId slot, boolean superMaintenance, String requestedBy) {
    return record((superMaintenance ? "super " : "maintain ") + slot + " by " + requestedBy);
  }

  @Override
  public String pause(PauseTarget target, String requestedBy) {
    return record("pause " + target + " by " + requestedBy);
  }

  @Override
  public String resume(PauseTarget target, String requestedBy) {
    return record("resume " + target + " by " + requestedBy);
  }

  private String record(String call) {
    calls.add(call);
    return "ok: " + call;
  }
}
