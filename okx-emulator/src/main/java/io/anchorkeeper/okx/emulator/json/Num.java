package io.anchorkeeper.okx.emulator.json;

import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Decimal values as OKX writes and reads them: plain strings, numbers accepted as strings or JSON.
 */
public final class Num {

  private Num() {}

  /** OKX's string form: no exponent, no trailing zeros, "" for absent. */
  public static String str(BigDecimal value) {
    if (value == null) {
      return "";
    }
    if (value.signum() == 0) {
      return "0";
    }
    return value.stripTrailingZeros().toPlainString();
  }

  /** Parses a decimal; empty when blank or not a number. */
  public static Optional<BigDecimal> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Text of a JSON value whether it came as a string, a number or a boolean; null when absent. */
  public static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode() || node.isContainer()) {
      return null;
    }
    if (node.isNumber()) {
      return node.decimalValue().toPlainString();
    }
    return node.asString();
  }
}
