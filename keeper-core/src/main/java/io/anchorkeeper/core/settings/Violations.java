package io.anchorkeeper.core.settings;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule before refusing, so one answer lists them all. */
final class Violations {

  private final List<String> messages = new ArrayList<>();

  /** Records {@code "<field> must <rule>, was <value>"} unless {@code holds}. */
  Violations require(boolean holds, String field, String rule, Object value) {
    if (!holds) {
      messages.add(field + " must " + rule + ", was " + value);
    }
    return this;
  }

  void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new InvalidSettingsException(messages);
    }
  }
}
