package io.anchorkeeper.app.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the API rounds USDT for display; records keep full precision. */
final class Money {

  private Money() {}

  /** To the cent, half up, as the seed shows margins (10.29). */
  static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
