package io.anchorkeeper.app.notify.format;

import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;

/**
 * How numbers and times look in messages: USDT to 4 decimals and percentages as the seed's message
 * shows them, prices as the exchange gave them, times in the owner's zone. Every rounding is
 * half-up, for display only.
 */
final class Figures {

  static final int USDT_SCALE = 4;
  static final int FEE_RATE_SCALE = 4;
  static final int PERCENT_SCALE = 2;

  /** More decimals than any OKX tick size has; computed averages are cut back to this. */
  static final int MAX_PRICE_SCALE = 10;

  private final Timestamps timestamps;

  Figures(ZoneId zone) {
    this.timestamps = new Timestamps(zone);
  }

  /** e.g. {@code 0.0534 USDT}. */
  static String usdt(Usdt amount) {
    return amount.amount().setScale(USDT_SCALE, RoundingMode.HALF_UP).toPlainString() + " USDT";
  }

  /** A PnL, with a plus sign when positive: {@code +1.2000 USDT}, {@code -1.9900 USDT}. */
  static String signedUsdt(Usdt amount) {
    BigDecimal rounded = amount.amount().setScale(USDT_SCALE, RoundingMode.HALF_UP);
    return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString() + " USDT";
  }

  /** The price as the exchange wrote it; a computed average is cut to {@link #MAX_PRICE_SCALE}. */
  static String price(Price price) {
    BigDecimal value = price.value();
    if (value.scale() > MAX_PRICE_SCALE) {
      value = value.setScale(MAX_PRICE_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    }
    return value.toPlainString();
  }

  static String contracts(Contracts size) {
    return size.toPlainString();
  }

  /** A profit rate or threshold: {@code -10.78%}. */
  static String percent(Ratio ratio) {
    return ratio.toPercentString(PERCENT_SCALE);
  }

  /** A deviation, signed: {@code +102.90%}. */
  static String signedPercent(Ratio ratio) {
    BigDecimal rounded = ratio.percent(PERCENT_SCALE);
    return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString() + "%";
  }

  /** A fee rate as the seed shows it: {@code 0.0500%}. */
  static String feeRate(Ratio ratio) {
    return ratio.toPercentString(FEE_RATE_SCALE);
  }

  /** e.g. {@code 2025-12-31 15:00:00} in the configured zone. */
  String time(Instant instant) {
    return timestamps.format(instant);
  }
}
