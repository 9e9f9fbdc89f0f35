package io.anchorkeeper.okx.emulator.auth;

import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import io.anchorkeeper.okx.emulator.engine.Account;
import io.anchorkeeper.okx.emulator.engine.AccountRegistry;
import io.anchorkeeper.okx.emulator.engine.OkxError;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Checks the OK-ACCESS-* headers of a private REST request, in this order: headers present (50103
 * key, 50104 passphrase, 50106 sign, 50107 timestamp), key known (50111), timestamp ISO-8601
 * (50112) and within the window of the emulator's clock (50102), passphrase (50105), signature
 * (50113). The {@code x-simulated-trading} header is accepted and ignored.
 */
public final class RestAuthenticator {

  private final AccountRegistry accounts;
  private final EmulatorClock clock;
  private final long windowMillis;

  public RestAuthenticator(AccountRegistry accounts, EmulatorClock clock, Duration window) {
    this.accounts = accounts;
    this.clock = clock;
    this.windowMillis = window.toMillis();
  }

  /**
   * Returns the account whose key signed the request.
   *
   * @param header header lookup by (case-insensitive) name, null when absent
   * @param pathAndQuery the request path with its query string exactly as received
   * @param body the raw body, "" when none
   */
  public Account authenticate(
      Function<String, String> header, String method, String pathAndQuery, String body) {
    String key = required(header, "OK-ACCESS-KEY", "50103");
    String passphrase = required(header, "OK-ACCESS-PASSPHRASE", "50104");
    String sign = required(header, "OK-ACCESS-SIGN", "50106");
    String timestamp = required(header, "OK-ACCESS-TIMESTAMP", "50107");
    Account account =
        accounts.byApiKey(key).orElseThrow(() -> new OkxError("50111", "Invalid OK-ACCESS-KEY"));
    long sent;
    try {
      sent = Instant.parse(timestamp).toEpochMilli();
    } catch (DateTimeParseException e) {
      throw new OkxError("50112", "Invalid OK-ACCESS-TIMESTAMP");
    }
    if (Math.abs(clock.millis() - sent) > windowMillis) {
      throw new OkxError("50102", "Timestamp request expired");
    }
    Account.Credentials credentials = account.credentials();
    if (!credentials.passphrase().equals(passphrase)) {
      throw new OkxError("50105", "OK-ACCESS-PASSPHRASE incorrect");
    }
    String expected =
        HmacSigner.sign(
            credentials.secretKey(), HmacSigner.restPrehash(timestamp, method, pathAndQuery, body));
    if (!HmacSigner.matches(expected, sign)) {
      throw new OkxError("50113", "Invalid Sign");
    }
    return account;
  }

  private static String required(Function<String, String> header, String name, String code) {
    String value = header.apply(name);
    if (value == null || value.isEmpty()) {
      throw new OkxError(code, "Request header " + name + " cannot be empty");
    }
    return value;
  }
}
