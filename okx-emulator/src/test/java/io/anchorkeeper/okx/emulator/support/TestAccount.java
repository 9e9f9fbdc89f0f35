package io.anchorkeeper.okx.emulator.support;

import io.anchorkeeper.okx.emulator.engine.AccountSpec;
import io.anchorkeeper.okx.emulator.engine.AccountType;
import java.math.BigDecimal;

/** Credentials of a test account, and its spec. */
public record TestAccount(
    String name,
    AccountType type,
    String apiKey,
    String secretKey,
    String passphrase,
    BigDecimal usdt) {

  public static TestAccount main(String name, String usdt) {
    return new TestAccount(
        name,
        AccountType.MAIN,
        "key-" + name,
        "SECRET" + name.toUpperCase(),
        "Pass-" + name,
        new BigDecimal(usdt));
  }

  public static TestAccount sub(String name, String usdt) {
    return new TestAccount(
        name,
        AccountType.SUB,
        "key-" + name,
        "SECRET" + name.toUpperCase(),
        "Pass-" + name,
        new BigDecimal(usdt));
  }

  public AccountSpec spec() {
    return new AccountSpec(name, type, apiKey, secretKey, passphrase, usdt, null);
  }
}
