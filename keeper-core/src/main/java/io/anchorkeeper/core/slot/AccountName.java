package io.anchorkeeper.core.slot;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The keeper's name for an account: the main account's configured label or a sub-account's name,
 * e.g. {@code Wu666666}. Letters, digits, '.', '_' and '-', 1 to 64 characters.
 */
public record AccountName(String value) implements Comparable<AccountName> {

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  public AccountName {
    Objects.requireNonNull(value, "account name must not be null");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "account name must be 1-64 letters, digits, '.', '_' or '-', was '" + value + "'");
    }
  }

  public static AccountName of(String value) {
    return new AccountName(value);
  }

  @Override
  public int compareTo(AccountName other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
