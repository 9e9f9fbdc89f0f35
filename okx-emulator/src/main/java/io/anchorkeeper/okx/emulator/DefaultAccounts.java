package io.anchorkeeper.okx.emulator;

import io.anchorkeeper.okx.emulator.engine.AccountSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Accounts for a standalone run: {@code main} and {@code sub1..subN}, with keys generated from the
 * seed (the same seed prints the same keys) in OKX's formats: a UUID API key, a 32-hex-digit
 * secret.
 */
final class DefaultAccounts {

  private DefaultAccounts() {}

  static List<AccountSpec> generate(long seed, int subs, BigDecimal mainUsdt, BigDecimal subUsdt) {
    Random random = new Random(seed);
    List<AccountSpec> out = new ArrayList<>();
    out.add(spec(random, "main", true, mainUsdt));
    for (int i = 1; i <= subs; i++) {
      out.add(spec(random, "sub" + i, false, subUsdt));
    }
    return out;
  }

  private static AccountSpec spec(Random random, String name, boolean main, BigDecimal usdt) {
    String apiKey = new UUID(random.nextLong(), random.nextLong()).toString();
    byte[] secret = new byte[16];
    random.nextBytes(secret);
    String secretKey = HexFormat.of().formatHex(secret).toUpperCase(Locale.ROOT);
    String passphrase = "Emu" + name + Integer.toString(1000 + random.nextInt(9000));
    return main
        ? AccountSpec.main(name, apiKey, secretKey, passphrase, usdt)
        : AccountSpec.sub(name, apiKey, secretKey, passphrase, usdt);
  }
}
