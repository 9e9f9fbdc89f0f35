package io.anchorkeeper.app.persistence.json;

import io.anchorkeeper.core.journal.AutoOpenPlanned;
import io.anchorkeeper.core.journal.JournalEvent;
import io.anchorkeeper.core.journal.LeverageSet;
import io.anchorkeeper.core.journal.MaintenancePlanned;
import io.anchorkeeper.core.journal.MarginChangeRefused;
import io.anchorkeeper.core.journal.MarginChangeSubmitted;
import io.anchorkeeper.core.journal.MarginChanged;
import io.anchorkeeper.core.journal.OrderRejected;
import io.anchorkeeper.core.journal.OrderSettled;
import io.anchorkeeper.core.journal.OrderSubmitted;
import io.anchorkeeper.core.journal.ProcedureStarted;
import io.anchorkeeper.core.journal.TakeProfitPlanned;
import io.anchorkeeper.core.journal.TrimDecided;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The stored names of journal events. Stored data never holds Java class names, so a class can be
 * renamed or moved without touching the journal; a new event needs a name here and in the check
 * constraint on {@code journal_entries.event_type}. The table is checked against the sealed
 * hierarchy when the class loads, so a missing name fails at start-up, not at the first append.
 */
public final class JournalEventTypes {

  private static final Map<String, Class<? extends JournalEvent>> BY_NAME = new LinkedHashMap<>();
  private static final Map<Class<? extends JournalEvent>, String> BY_CLASS = new LinkedHashMap<>();

  static {
    register("procedure_started", ProcedureStarted.class);
    register("maintenance_planned", MaintenancePlanned.class);
    register("trim_decided", TrimDecided.class);
    register("auto_open_planned", AutoOpenPlanned.class);
    register("take_profit_planned", TakeProfitPlanned.class);
    register("leverage_set", LeverageSet.class);
    register("order_submitted", OrderSubmitted.class);
    register("order_settled", OrderSettled.class);
    register("order_rejected", OrderRejected.class);
    register("margin_change_submitted", MarginChangeSubmitted.class);
    register("margin_changed", MarginChanged.class);
    register("margin_change_refused", MarginChangeRefused.class);
    requireEveryEventNamed();
  }

  private JournalEventTypes() {}

  /** The stored name of the event's type, e.g. {@code order_settled}. */
  public static String nameOf(JournalEvent event) {
    return nameOf(event.getClass());
  }

  /** The stored name of an event type. */
  public static String nameOf(Class<? extends JournalEvent> type) {
    String name = BY_CLASS.get(type);
    if (name == null) {
      throw new IllegalArgumentException("journal event type has no stored name: " + type);
    }
    return name;
  }

  /** The event type stored under {@code name}. */
  public static Class<? extends JournalEvent> typeNamed(String name) {
    Class<? extends JournalEvent> type = BY_NAME.get(name);
    if (type == null) {
      throw new IllegalArgumentException(
          "unknown journal event type '" + name + "', known: " + BY_NAME.keySet());
    }
    return type;
  }

  /** Every stored name, in the order of the table. */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  private static void register(String name, Class<? extends JournalEvent> type) {
    BY_NAME.put(name, type);
    BY_CLASS.put(type, name);
  }

  private static void requireEveryEventNamed() {
    Set<String> unnamed =
        Arrays.stream(JournalEvent.class.getPermittedSubclasses())
            .filter(type -> !BY_CLASS.containsKey(type))
            .map(Class::getSimpleName)
            .collect(Collectors.toCollection(TreeSet::new));
    if (!unnamed.isEmpty()) {
      throw new IllegalStateException("journal events without a stored name: " + unnamed);
    }
  }
}
