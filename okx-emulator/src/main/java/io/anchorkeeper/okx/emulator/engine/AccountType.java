package io.anchorkeeper.okx.emulator.engine;

import java.util.Locale;
import java.util.Optional;

/** Main (master) account or sub-account. */
public enum AccountType {
  MAIN,
  SUB;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AccountType> parse(String text) {
    return "main".equals(text)
        ? Optional.of(MAIN)
        : "sub".equals(text) ? Optional.of(SUB) : Optional.empty();
  }
}
