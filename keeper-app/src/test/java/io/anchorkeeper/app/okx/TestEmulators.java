package io.anchorkeeper.app.okx;

import io.anchorkeeper.okx.client.auth.OkxCredentials;
import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.OkxEmulatorBuilder;
import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import io.anchorkeeper.okx.emulator.engine.AccountSpec;
import io.anchorkeeper.okx.emulator.engine.AccountType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Emulators for the adapter tests, and accounts on them with their keys. */
final class TestEmulators {

  static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
  static final String BTC = "BTC-USDT-SWAP";
  static final String ETH = "ETH-USDT-SWAP";
  private static final AtomicInteger ACCOUNTS = new AtomicInteger();

  private TestEmulators() {}

  /** Virtual clock, prices held still, no rate limits, a main account with 100,000 USDT. */
  static OkxEmulator virtual() {
    return base().clock(EmulatorClock.virtual(START)).rateLimits(false).build().start();
  }

  /** The system clock (so deadlines and rate-limit windows pass), prices held still. */
  static OkxEmulator realTime(boolean rateLimits) {
    return base().clock(EmulatorClock.system()).rateLimits(rateLimits).build().start();
  }

  private static OkxEmulatorBuilder base() {
    return OkxEmulator.builder()
        .port(0)
        .seed(11)
        .fixedPrices()
        .startPrice(BTC, new BigDecimal("100000"))
        .startPrice(ETH, new BigDecimal("3000"))
        .account(
            AccountSpec.main(
                "main", "key-main", "SECRET-MAIN", "Pass-main", new BigDecimal("100000")));
  }

  /** A new sub-account on {@code emulator} holding {@code usdt}, as the keeper configures it. */
  static OkxAccount newSub(OkxEmulator emulator, String usdt) {
    String name = "sub" + ACCOUNTS.incrementAndGet();
    OkxCredentials credentials = credentials(name);
    emulator
        .control()
        .createAccount(
            new AccountSpec(
                name,
                AccountType.SUB,
                credentials.apiKey(),
                secret(name),
                passphrase(name),
                new BigDecimal(usdt),
                null));
    return OkxAccount.sub(name, credentials);
  }

  static OkxCredentials credentials(String name) {
    return OkxCredentials.of("key-" + name + "-0123456789", secret(name), passphrase(name));
  }

  static String secret(String name) {
    return "SECRET-" + name + "-9F8E7D6C";
  }

  static String passphrase(String name) {
    return "Pass-" + name + "-42";
  }
}
