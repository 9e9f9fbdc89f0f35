package io.anchorkeeper.okx.client.rest.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One candle row. Trade candles have 9 columns {@code [ts,o,h,l,c,vol,volCcy,volCcyQuote,confirm]};
 * mark-price candles have 6 {@code [ts,o,h,l,c,confirm]} and no volumes.
 *
 * @param confirm true when the bar is closed ({@code "1"}), false while it is still forming
 */
public record Candle(
    Instant ts,
    BigDecimal o,
    BigDecimal h,
    BigDecimal l,
    BigDecimal c,
    Optional<BigDecimal> vol,
    Optional<BigDecimal> volCcy,
    Optional<BigDecimal> volCcyQuote,
    boolean confirm) {

  /** Reads a row of either layout. */
  public static Candle fromRow(List<String> row) {
    if (row.size() != 6 && row.size() < 9) {
      throw new IllegalArgumentException("A candle row has 6 or 9 columns, not " + row.size());
    }
    boolean withVolumes = row.size() >= 9;
    return new Candle(
        Instant.ofEpochMilli(Long.parseLong(row.get(0))),
        new BigDecimal(row.get(1)),
        new BigDecimal(row.get(2)),
        new BigDecimal(row.get(3)),
        new BigDecimal(row.get(4)),
        withVolumes ? decimal(row.get(5)) : Optional.empty(),
        withVolumes ? decimal(row.get(6)) : Optional.empty(),
        withVolumes ? decimal(row.get(7)) : Optional.empty(),
        "1".equals(row.get(withVolumes ? 8 : 5)));
  }

  private static Optional<BigDecimal> decimal(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(text));
  }
}
