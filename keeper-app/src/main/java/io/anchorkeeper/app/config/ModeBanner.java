package io.anchorkeeper.app.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says at start-up where the keeper trades; live mode says it loudly. */
public final class ModeBanner {

  private static final Logger log = LoggerFactory.getLogger(ModeBanner.class);

  private ModeBanner() {}

  public static void announce(KeeperMode mode, String restUrl, int accounts) {
    switch (mode) {
      case LIVE:
        String line = "!".repeat(78);
        String text =
            "LIVE MODE: Anchor Keeper trades REAL MONEY on "
                + restUrl
                + " for "
                + accounts
                + " accounts";
        log.warn(line);
        log.warn("!!! {}", text);
        log.warn(line);
        System.err.println(line + "\n!!! " + text + "\n" + line);
        break;
      case DEMO:
        log.info("demo mode: OKX demo trading on {} for {} accounts", restUrl, accounts);
        break;
      default:
        log.info("paper mode: the embedded OKX emulator on {}; no real money", restUrl);
        break;
    }
  }
}
