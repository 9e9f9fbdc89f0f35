package io.anchorkeeper.core.id;

import java.util.Objects;

/**
 * The client order id of one order: the procedure id, then the step and the attempt as two base-36
 * digits each (1 to 1295). 26 lower-case letters and digits, within OKX's limit of 32
 * alphanumerics. It is derived, never stored as an opaque string: after a restart the keeper
 * recomputes the id from its journal and asks the exchange about it before sending anything again.
 *
 * <p>{@code attempt} counts the orders sent for a step: a retry after a refusal and each chunk of a
 * market order split at {@code maxMktSz} take the next attempt number.
 */
public record ClientOrderId(ProcedureId procedure, int step, int attempt) {

  /** The largest step or attempt that fits two base-36 digits. */
  public static final int MAX_PART = 36 * 36 - 1;

  public static final int LENGTH = ProcedureId.LENGTH + 4;

  public ClientOrderId {
    Objects.requireNonNull(procedure, "procedure must not be null");
    requirePart("step", step);
    requirePart("attempt", attempt);
  }

  public static ClientOrderId of(ProcedureId procedure, int step, int attempt) {
    return new ClientOrderId(procedure, step, attempt);
  }

  /** Reads an id written by {@link #value()}, naming what is wrong otherwise. */
  public static ClientOrderId parse(String text) {
    Objects.requireNonNull(text, "client order id must not be null");
    if (text.length() != LENGTH || !Base36.DIGITS.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "client order id must be "
              + LENGTH
              + " lower-case letters and digits, was '"
              + text
              + "'");
    }
    int stepAt = ProcedureId.LENGTH;
    return new ClientOrderId(
        ProcedureId.parse(text.substring(0, stepAt)),
        (int) Base36.decode(text.substring(stepAt, stepAt + 2)),
        (int) Base36.decode(text.substring(stepAt + 2)));
  }

  /** The id as sent to the exchange. */
  public String value() {
    return procedure.value() + Base36.encode(step, 2) + Base36.encode(attempt, 2);
  }

  /** The id of the next attempt at the same step. */
  public ClientOrderId nextAttempt() {
    return new ClientOrderId(procedure, step, attempt + 1);
  }

  @Override
  public String toString() {
    return value();
  }

  private static void requirePart(String name, int value) {
    if (value < 1 || value > MAX_PART) {
      throw new IllegalArgumentException(
          name + " must be between 1 and " + MAX_PART + ", was " + value);
    }
  }
}
