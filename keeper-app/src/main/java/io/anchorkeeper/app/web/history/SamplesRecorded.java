package io.anchorkeeper.app.web.history;

import io.anchorkeeper.core.slot.SlotId;
import java.time.Instant;
import java.util.List;

/** Published after samples were stored, so open slot pages can redraw their charts. */
public record SamplesRecorded(List<SlotId> slots, Instant at) {

  public SamplesRecorded {
    slots = List.copyOf(slots);
  }
}
