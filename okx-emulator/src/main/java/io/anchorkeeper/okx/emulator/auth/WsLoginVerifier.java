package io.anchorkeeper.okx.emulator.auth;

import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import io.anchorkeeper.okx.emulator.engine.Account;
import io.anchorkeeper.okx.emulator.engine.AccountRegistry;
import io.anchorkeeper.okx.emulator.engine.OkxError;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Checks a WebSocket login argument: timestamp in seconds (60004 when not a number, 60006 when
 * outside the window of the emulator's clock), key (60005), passphrase (60024) and signature over
 * {@code timestamp + "GET" + "/users/self/verify"} (60007).
 */
public final class WsLoginVerifier {

  private final AccountRegistry accounts;
  private final EmulatorClock clock;
  private final long windowMillis;

  public WsLoginVerifier(AccountRegistry accounts, EmulatorClock clock, Duration window) {
    this.accounts = accounts;
    this.clock = clock;
    this.windowMillis = window.toMillis();
  }

  public Account verify(String apiKey, String passphrase, String timestamp, String sign) {
    Account account =
        accounts.byApiKey(apiKey).orElseThrow(() -> new OkxError("60005", "Invalid apiKey"));
    BigDecimal seconds;
    try {
      seconds = new BigDecimal(timestamp == null ? "" : timestamp.trim());
    } catch (NumberFormatException e) {
      throw new OkxError("60004", "Invalid timestamp");
    }
    long sentMillis = seconds.movePointRight(3).longValue();
    if (Math.abs(clock.millis() - sentMillis) > windowMillis) {
      throw new OkxError("60006", "Timestamp request expired");
    }
    if (!account.credentials().passphrase().equals(passphrase)) {
      throw new OkxError("60024", "Wrong passphrase");
    }
    String expected =
        HmacSigner.sign(account.credentials().secretKey(), HmacSigner.wsLoginPrehash(timestamp));
    if (sign == null || !HmacSigner.matches(expected, sign)) {
      throw new OkxError("60007", "Invalid sign");
    }
    return account;
  }
}
