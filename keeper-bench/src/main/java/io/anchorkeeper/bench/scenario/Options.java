package io.anchorkeeper.bench.scenario;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A scenario's {@code --name=value} options, each with its default; unknown names are errors. */
public final class Options {

  private final Map<String, String> values = new HashMap<>();
  private final Set<String> used = new java.util.HashSet<>();

  public Options(List<String> args) {
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("options look like --name=value, not '" + arg + "'");
      }
      int eq = arg.indexOf('=');
      values.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
  }

  public int integer(String name, int fallback) {
    used.add(name);
    String value = values.get(name);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a whole number, was " + value);
    }
  }

  public String text(String name, String fallback) {
    used.add(name);
    return values.getOrDefault(name, fallback);
  }

  public Path path(String name, Path fallback) {
    used.add(name);
    String value = values.get(name);
    return value == null ? fallback : Path.of(value);
  }

  /** Fails on options no scenario asked for (typos must not pass silently). */
  public void checkAllUsed() {
    Set<String> unknown = new java.util.TreeSet<>(values.keySet());
    unknown.removeAll(used);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown option(s): --" + String.join(", --", unknown));
    }
  }
}
