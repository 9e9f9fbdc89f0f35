package io.anchorkeeper.core.settings;

import java.util.List;

/**
 * Settings that break one or more rules. The message lists every violation, each naming the field
 * as SPEC spells it, e.g. {@code trigger_loss must be below 0%, was 5%}.
 */
public final class InvalidSettingsException extends IllegalArgumentException {

  private final List<String> violations;

  public InvalidSettingsException(List<String> violations) {
    super(String.join("; ", violations));
    this.violations = List.copyOf(violations);
  }

  /** One message per violated rule. */
  public List<String> violations() {
    return violations;
  }
}
