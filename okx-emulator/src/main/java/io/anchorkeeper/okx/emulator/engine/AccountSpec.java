package io.anchorkeeper.okx.emulator.engine;

import java.math.BigDecimal;

/**
 * A new account: a unique name, main or sub, credentials, starting USDT in the trading account and,
 * for a sub, the name of its main account (null: the first main account).
 */
public record AccountSpec(
    String name,
    AccountType type,
    String apiKey,
    String secretKey,
    String passphrase,
    BigDecimal usdt,
    String mainName) {

  public AccountSpec {
    require(name, "name");
    require(apiKey, "apiKey");
    require(secretKey, "secretKey");
    require(passphrase, "passphrase");
    if (type == null) {
      throw new IllegalArgumentException("type must be main or sub");
    }
    if (usdt == null || usdt.signum() < 0) {
      throw new IllegalArgumentException("usdt must be zero or more");
    }
  }

  public static AccountSpec main(
      String name, String apiKey, String secretKey, String passphrase, BigDecimal usdt) {
    return new AccountSpec(name, AccountType.MAIN, apiKey, secretKey, passphrase, usdt, null);
  }

  public static AccountSpec sub(
      String name, String apiKey, String secretKey, String passphrase, BigDecimal usdt) {
    return new AccountSpec(name, AccountType.SUB, apiKey, secretKey, passphrase, usdt, null);
  }

  private static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
  }
}
