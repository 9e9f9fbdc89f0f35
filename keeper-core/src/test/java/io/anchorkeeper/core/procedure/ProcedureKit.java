package io.anchorkeeper.core.procedure;

import io.anchorkeeper.core.fixtures.FakeExchange;
import io.anchorkeeper.core.fixtures.MemoryJournal;
import io.anchorkeeper.core.fixtures.MutableClock;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.record.Trigger;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.slot.AnchorSlot;
import java.util.SplittableRandom;

/** A clock, a fake exchange and a memory journal wired for one procedure test. */
final class ProcedureKit {

  final MutableClock clock = MutableClock.at("2026-01-05T09:30:00Z");
  final FakeExchange exchange = new FakeExchange(clock);
  final MemoryJournal journal = new MemoryJournal();
  final AnchorSettings settings;
  private final SplittableRandom random = new SplittableRandom(7);

  ProcedureKit() {
    this(AnchorSettings.defaults());
  }

  ProcedureKit(AnchorSettings settings) {
    this.settings = settings;
  }

  ProcedureContext context() {
    return new ProcedureContext(exchange, journal, clock, clock.pause(), RetryPolicy.DEFAULT);
  }

  ProcedureRequest request(ProcedureType type, AnchorSlot slot) {
    return ProcedureRequest.of(
        ProcedureId.generate(clock, random), type, slot, Trigger.rule("test"), clock.instant());
  }

  ProcedureReport run(ProcedureRequest request) {
    return Procedures.start(request, settings, context()).run();
  }

  /** Resumes a procedure from what the journal kept, as a restarted keeper would. */
  ProcedureReport resume(ProcedureId id) {
    journal.healed();
    return Procedures.resume(journal.history(id), settings, context()).run();
  }
}
