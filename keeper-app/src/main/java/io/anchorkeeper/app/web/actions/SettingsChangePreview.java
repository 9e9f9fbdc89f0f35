package io.anchorkeeper.app.web.actions;

import io.anchorkeeper.app.config.SettingsText;
import io.anchorkeeper.core.settings.AnchorSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The confirmation of a change to a slot's parameters: each changed setting by its SPEC name with
 * its value before and after, or the problem that stops the change (every problem named by field,
 * as the settings API names them).
 *
 * @param values the non-blank values asked for, by name, as they will be submitted
 */
public record SettingsChangePreview(
    Map<String, String> values, List<Change> changes, Optional<String> problem) {

  /** One setting that changes. */
  public record Change(String name, String before, String after) {}

  public SettingsChangePreview {
    values = Map.copyOf(values);
    changes = List.copyOf(changes);
    Objects.requireNonNull(problem, "problem must not be null");
  }

  /** The changes {@code requested} makes to the slot's effective settings {@code current}. */
  public static SettingsChangePreview of(AnchorSettings current, Map<String, String> requested) {
    Map<String, String> values = new LinkedHashMap<>();
    requested.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            values.put(name, value.strip());
          }
        });
    if (values.isEmpty()) {
      return new SettingsChangePreview(values, List.of(), Optional.of("nothing to change"));
    }
    try {
      AnchorSettings next = current.with(SettingsText.parse(values));
      Map<String, String> before = SettingsText.render(current);
      Map<String, String> after = SettingsText.render(next);
      List<Change> changes =
          after.entrySet().stream()
              .filter(e -> !e.getValue().equals(before.get(e.getKey())))
              .map(e -> new Change(e.getKey(), before.getOrDefault(e.getKey(), "—"), e.getValue()))
              .toList();
      return new SettingsChangePreview(values, changes, Optional.empty());
    } catch (IllegalArgumentException e) {
      return new SettingsChangePreview(values, List.of(), Optional.of(e.getMessage()));
    }
  }

  public boolean confirmable() {
    return problem.isEmpty() && !changes.isEmpty();
  }
}
