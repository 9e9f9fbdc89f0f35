package io.anchorkeeper.app.web;

import io.anchorkeeper.app.notify.NotifyProperties;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How the pages write figures, as {@code ${@fmt.usdt(x)}}: USDT to the cent with grouping, signed
 * PnL and rates, sizes and prices without trailing zeros, times in {@code keeper.notify.zone} (the
 * zone Telegram messages use). Missing values are a dash.
 */
@Component("fmt")
public class DashboardFormat {

  private static final String MISSING = "—";

  private final ZoneId zone;
  private final DateTimeFormatter timestamp;
  private final DateTimeFormatter clock;

  public DashboardFormat(NotifyProperties notify) {
    this.zone = notify.zone();
    this.timestamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    this.clock = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(zone);
  }

  /** e.g. {@code 1,234.56}. */
  public String usdt(BigDecimal amount) {
    return amount == null ? MISSING : grouped().format(amount.setScale(2, RoundingMode.HALF_UP));
  }

  /** e.g. {@code +12.30} or {@code -0.45}: PnL with its sign. */
  public String signedUsdt(BigDecimal amount) {
    if (amount == null) {
      return MISSING;
    }
    String text = usdt(amount);
    return amount.setScale(2, RoundingMode.HALF_UP).signum() > 0 ? "+" + text : text;
  }

  /** A percentage already in percent, e.g. {@code +10.78%}. */
  public String percent(BigDecimal percent) {
    if (percent == null) {
      return MISSING;
    }
    BigDecimal rounded = percent.setScale(2, RoundingMode.HALF_UP);
    return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString() + "%";
  }

  /** Sizes and prices as the exchange writes them, without trailing zeros. */
  public String number(BigDecimal value) {
    return value == null ? MISSING : value.stripTrailingZeros().toPlainString();
  }

  /**
   * Prices to 8 significant digits without trailing zeros, e.g. {@code 90406.831} or {@code
   * 0.089508485}: enough for any tick, short enough to read (the exchange's liquidation prices
   * carry 16 decimals).
   */
  public String price(BigDecimal value) {
    return value == null
        ? MISSING
        : value
            .round(new MathContext(8, RoundingMode.HALF_UP))
            .stripTrailingZeros()
            .toPlainString();
  }

  /** The CSS class for a figure's sign: {@code up}, {@code down} or {@code flat}. */
  public String tone(BigDecimal value) {
    if (value == null || value.signum() == 0) {
      return "flat";
    }
    return value.signum() > 0 ? "up" : "down";
  }

  /** e.g. {@code 2025-12-31 22:00:06}. */
  public String time(Instant at) {
    return at == null ? MISSING : timestamp.format(at);
  }

  /** e.g. {@code 12-31 22:00:06}, for tables and chart labels. */
  public String shortTime(Instant at) {
    return at == null ? MISSING : clock.format(at);
  }

  public ZoneId zone() {
    return zone;
  }

  private static DecimalFormat grouped() {
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }
}
