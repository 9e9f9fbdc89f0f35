package io.anchorkeeper.app.engine;

import java.util.List;

/**
 * The slots of one instrument as the price path walks them: each registry entry with its watch, in
 * arrays, so a mark reaches every slot without a map lookup. Made from one list of the registry's
 * and replaced when the registry replaces that list.
 */
final class InstrumentSlots {

  private final List<SlotEntry> source;
  private final SlotEntry[] entries;
  private final SlotWatch[] watches;

  InstrumentSlots(List<SlotEntry> source, SlotEntry[] entries, SlotWatch[] watches) {
    if (entries.length != source.size() || watches.length != source.size()) {
      throw new IllegalArgumentException("one entry and one watch per slot");
    }
    this.source = source;
    this.entries = entries;
    this.watches = watches;
  }

  /** True when made from exactly this list of the registry's. */
  boolean madeFrom(List<SlotEntry> list) {
    return source == list;
  }

  int size() {
    return entries.length;
  }

  SlotEntry entry(int index) {
    return entries[index];
  }

  SlotWatch watch(int index) {
    return watches[index];
  }
}
