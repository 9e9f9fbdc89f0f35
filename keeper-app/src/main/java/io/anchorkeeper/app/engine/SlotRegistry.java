package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * The configured slots in memory, indexed by instrument for the price path, and their effective
 * settings: the global settings with the slot's overrides. Changes go to the store first.
 */
public final class SlotRegistry {

  private final SlotStore store;
  private final Map<SlotId, SlotConfig> slots = new ConcurrentHashMap<>();
  private final Map<InstrumentId, CopyOnWriteArrayList<SlotId>> byInstrument =
      new ConcurrentHashMap<>();
  private volatile AnchorSettings global;

  public SlotRegistry(SlotStore store, AnchorSettings global) {
    this.store = Objects.requireNonNull(store, "store must not be null");
    this.global = Objects.requireNonNull(global, "global must not be null");
  }

  /** Reads every slot from the store, replacing what was in memory. */
  public synchronized void load() {
    slots.clear();
    byInstrument.clear();
    store.loadAll().forEach(this::put);
  }

  /** Makes sure the slot exists (count 0 when new) and returns it. */
  public synchronized SlotConfig ensure(SlotId slot, AccountKind kind) {
    SlotConfig existing = slots.get(slot);
    if (existing != null) {
      return existing;
    }
    store.ensure(slot, kind);
    SlotConfig created = new SlotConfig(slot, kind, 0, false, SettingsOverrides.none());
    put(created);
    return created;
  }

  private void put(SlotConfig slot) {
    slots.put(slot.id(), slot);
    byInstrument
        .computeIfAbsent(slot.id().instrument(), i -> new CopyOnWriteArrayList<>())
        .addIfAbsent(slot.id());
  }

  public Optional<SlotConfig> find(SlotId slot) {
    return Optional.ofNullable(slots.get(slot));
  }

  public Collection<SlotConfig> all() {
    return List.copyOf(slots.values());
  }

  public List<SlotId> onInstrument(InstrumentId instrument) {
    List<SlotId> found = byInstrument.get(instrument);
    return found == null ? List.of() : found;
  }

  public List<SlotConfig> ofAccount(AccountName account) {
    return slots.values().stream().filter(s -> s.id().account().equals(account)).toList();
  }

  public Collection<AccountName> accounts() {
    return slots.keySet().stream().map(SlotId::account).distinct().sorted().toList();
  }

  /** The main account's name, when a main-account slot is configured. */
  public Optional<AccountName> mainAccount() {
    return slots.values().stream()
        .filter(s -> s.kind() == AccountKind.MAIN)
        .map(s -> s.id().account())
        .findFirst();
  }

  public Collection<InstrumentId> instruments() {
    return List.copyOf(byInstrument.keySet());
  }

  /** The slot's effective settings: global settings with its overrides. */
  public AnchorSettings settings(SlotId slot) {
    SlotConfig config = slots.get(slot);
    return config == null ? global : global.with(config.overrides());
  }

  public AnchorSettings globalSettings() {
    return global;
  }

  /** Replaces the global settings; each slot's overrides must still be valid on top of them. */
  public synchronized void setGlobalSettings(AnchorSettings settings) {
    slots.values().forEach(s -> settings.with(s.overrides()));
    this.global = settings;
  }

  /** Records the count a finished procedure wrote (the store already holds it). */
  public void countWritten(SlotId slot, int count) {
    update(slot, s -> s.withCount(count));
  }

  public synchronized void setPaused(SlotId slot, boolean paused, String changedBy) {
    requireKnown(slot);
    store.setPaused(slot, paused, changedBy);
    update(slot, s -> s.withPaused(paused));
  }

  /** Validates the overrides against the global settings, stores and applies them. */
  public synchronized void setOverrides(
      SlotId slot, SettingsOverrides overrides, String changedBy) {
    requireKnown(slot);
    global.with(overrides);
    store.setOverrides(slot, overrides, changedBy);
    update(slot, s -> s.withOverrides(overrides));
  }

  private void requireKnown(SlotId slot) {
    if (!slots.containsKey(slot)) {
      throw new UnknownSlotException(slot);
    }
  }

  private void update(SlotId slot, UnaryOperator<SlotConfig> change) {
    slots.computeIfPresent(slot, (id, s) -> change.apply(s));
  }
}
