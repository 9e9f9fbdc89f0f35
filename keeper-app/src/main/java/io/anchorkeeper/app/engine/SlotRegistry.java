package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.settings.InvalidSettingsException;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The configured slots in memory, indexed by instrument for the price path, and their effective
 * settings: the global settings with the slot's overrides, worked out when either changes rather
 * than at every read. Changes go to the store first; they are made under this registry's lock,
 * reads take no lock.
 */
public final class SlotRegistry {

  private final SlotStore store;
  private final Map<SlotId, SlotEntry> slots = new ConcurrentHashMap<>();

  /** Per instrument, an unmodifiable list replaced whenever a slot is added. */
  private final Map<InstrumentId, List<SlotEntry>> byInstrument = new ConcurrentHashMap<>();

  /** Per account, likewise: reconciliations evaluate one account's slots without a full scan. */
  private final Map<AccountName, List<SlotEntry>> byAccount = new ConcurrentHashMap<>();

  private volatile AnchorSettings global;

  public SlotRegistry(SlotStore store, AnchorSettings global) {
    this.store = Objects.requireNonNull(store, "store must not be null");
    this.global = Objects.requireNonNull(global, "global must not be null");
  }

  /** Reads every slot from the store, replacing what was in memory. */
  public synchronized void load() {
    slots.clear();
    byInstrument.clear();
    byAccount.clear();
    store.loadAll().forEach(this::put);
  }

  /** Makes sure the slot exists (count 0 when new) and returns it. */
  public synchronized SlotConfig ensure(SlotId slot, AccountKind kind) {
    SlotEntry existing = slots.get(slot);
    if (existing != null) {
      return existing.setup().config();
    }
    store.ensure(slot, kind);
    SlotConfig created = new SlotConfig(slot, kind, 0, false, SettingsOverrides.none());
    put(created);
    return created;
  }

  private void put(SlotConfig slot) {
    SlotEntry existing = slots.get(slot.id());
    if (existing != null) {
      existing.replace(setup(slot));
      return;
    }
    SlotEntry entry = new SlotEntry(setup(slot));
    slots.put(slot.id(), entry);
    byInstrument.compute(slot.id().instrument(), (instrument, known) -> grown(known, entry));
    byAccount.compute(slot.id().account(), (account, known) -> grown(known, entry));
  }

  /**
   * The slot with its effective settings, or without them when its overrides no longer fit: then
   * {@link #settings(SlotSetup)} fails at every read, as it did before settings were kept.
   */
  private SlotSetup setup(SlotConfig slot) {
    try {
      return new SlotSetup(slot, global.with(slot.overrides()));
    } catch (InvalidSettingsException e) {
      return new SlotSetup(slot, null);
    }
  }

  public Optional<SlotConfig> find(SlotId slot) {
    return entry(slot).map(e -> e.setup().config());
  }

  Optional<SlotEntry> entry(SlotId slot) {
    return Optional.ofNullable(slots.get(slot));
  }

  public Collection<SlotConfig> all() {
    return slots.values().stream().map(e -> e.setup().config()).toList();
  }

  public List<SlotId> onInstrument(InstrumentId instrument) {
    return entriesOn(instrument).stream().map(SlotEntry::id).toList();
  }

  /**
   * The entries of the instrument's slots. The list is unmodifiable and replaced by a new one when
   * a slot is added, so a caller may keep it and compare it by identity.
   */
  List<SlotEntry> entriesOn(InstrumentId instrument) {
    return byInstrument.getOrDefault(instrument, List.of());
  }

  private static List<SlotEntry> grown(List<SlotEntry> known, SlotEntry entry) {
    List<SlotEntry> grown = known == null ? new ArrayList<>() : new ArrayList<>(known);
    grown.add(entry);
    return List.copyOf(grown);
  }

  public List<SlotConfig> ofAccount(AccountName account) {
    return byAccount.getOrDefault(account, List.of()).stream()
        .map(e -> e.setup().config())
        .toList();
  }

  public Collection<AccountName> accounts() {
    return byAccount.keySet().stream().sorted().toList();
  }

  /** The main account's name, when a main-account slot is configured. */
  public Optional<AccountName> mainAccount() {
    return all().stream()
        .filter(s -> s.kind() == AccountKind.MAIN)
        .map(s -> s.id().account())
        .findFirst();
  }

  public Collection<InstrumentId> instruments() {
    return List.copyOf(byInstrument.keySet());
  }

  /** The slot's effective settings: global settings with its overrides. */
  public AnchorSettings settings(SlotId slot) {
    SlotEntry entry = slots.get(slot);
    return entry == null ? global : settings(entry.setup());
  }

  /**
   * The setup's effective settings; when its overrides do not fit the global settings this fails
   * with the reason, as working them out afresh would.
   */
  AnchorSettings settings(SlotSetup setup) {
    AnchorSettings settings = setup.settings();
    return settings != null ? settings : global.with(setup.config().overrides());
  }

  public AnchorSettings globalSettings() {
    return global;
  }

  /** Replaces the global settings; each slot's overrides must still be valid on top of them. */
  public synchronized void setGlobalSettings(AnchorSettings settings) {
    slots.values().forEach(s -> settings.with(s.setup().config().overrides()));
    this.global = settings;
    slots.values().forEach(s -> s.replace(setup(s.setup().config())));
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

  /**
   * Changes the slot's config; its settings are worked out again only when its overrides changed.
   */
  private synchronized void update(SlotId slot, UnaryOperator<SlotConfig> change) {
    SlotEntry entry = slots.get(slot);
    if (entry == null) {
      return;
    }
    SlotSetup before = entry.setup();
    SlotConfig after = change.apply(before.config());
    entry.replace(
        after.overrides() == before.config().overrides()
            ? new SlotSetup(after, before.settings())
            : setup(after));
  }
}
