package io.anchorkeeper.okx.emulator.support;

import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.auth.HmacSigner;
import java.util.List;
import java.util.Map;

/** WebSocket login messages signed with the emulator's clock. */
public final class WsLogin {

  private WsLogin() {}

  /** The emulator's time in seconds, plus {@code offset}, as OKX's login timestamp. */
  public static String seconds(OkxEmulator emu, long offset) {
    return Long.toString(emu.clock().millis() / 1000 + offset);
  }

  /** A login message; {@code sign} null means a correct signature. */
  public static Map<String, Object> message(TestAccount a, String timestamp, String sign) {
    String signature =
        sign != null ? sign : HmacSigner.sign(a.secretKey(), HmacSigner.wsLoginPrehash(timestamp));
    return Map.of(
        "op",
        "login",
        "args",
        List.of(
            Map.of(
                "apiKey",
                a.apiKey(),
                "passphrase",
                a.passphrase(),
                "timestamp",
                timestamp,
                "sign",
                signature)));
  }

  /** Logs {@code a} in on {@code ws} and waits for the answer. */
  public static void loggedIn(OkxEmulator emu, WsClient ws, TestAccount a) {
    ws.send(message(a, seconds(emu, 0), null));
    ws.await(m -> "login".equals(m.path("event").asString()));
  }
}
