package io.anchorkeeper.core.record;

import java.util.Locale;
import java.util.Objects;

/**
 * Who or what asked for a procedure.
 *
 * @param source a rule or a person
 * @param requestedBy the rule's name or the person's channel and name, e.g. {@code
 *     rule:trigger_loss} or {@code api:owner}
 */
public record Trigger(TriggerSource source, String requestedBy) {

  public Trigger {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(requestedBy, "requestedBy must not be null");
    if (requestedBy.isBlank() || requestedBy.length() > 64) {
      throw new IllegalArgumentException(
          "requestedBy must be 1-64 characters, was '" + requestedBy + "'");
    }
  }

  public static Trigger rule(String rule) {
    return new Trigger(TriggerSource.AUTO, "rule:" + rule);
  }

  public static Trigger manual(String who) {
    return new Trigger(TriggerSource.MANUAL, who);
  }

  @Override
  public String toString() {
    return source.name().toLowerCase(Locale.ROOT) + " (" + requestedBy + ")";
  }
}
