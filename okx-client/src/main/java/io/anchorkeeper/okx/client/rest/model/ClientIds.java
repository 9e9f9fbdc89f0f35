package io.anchorkeeper.okx.client.rest.model;

import java.util.regex.Pattern;

/** OKX's rules for caller-chosen ids: letters and digits only, bounded length. */
final class ClientIds {
  private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Za-z0-9]+");

  private ClientIds() {}

  /**
   * @throws IllegalArgumentException when {@code value} is empty, too long or not alphanumeric
   */
  static String require(String field, String value, int maxLength) {
    if (value.length() > maxLength || !ALPHANUMERIC.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must be 1 to " + maxLength + " letters or digits: '" + value + "'");
    }
    return value;
  }
}
