package io.anchorkeeper.okx.emulator.support;

import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.OkxEmulatorBuilder;
import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import java.time.Instant;

/**
 * Emulators as tests want them: virtual clock, prices held still, rate limits off (the rate-limit
 * tests switch them on), the given accounts.
 */
public final class Emulators {

  /** 2026-01-05T00:00:00Z, a Monday. */
  public static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

  private Emulators() {}

  public static OkxEmulatorBuilder fixed(TestAccount... accounts) {
    OkxEmulatorBuilder b =
        OkxEmulator.builder()
            .port(0)
            .seed(7)
            .clock(EmulatorClock.virtual(START))
            .fixedPrices()
            .rateLimits(false);
    for (TestAccount a : accounts) {
      b.account(a.spec());
    }
    return b;
  }

  public static OkxEmulator started(TestAccount... accounts) {
    return fixed(accounts).build().start();
  }
}
