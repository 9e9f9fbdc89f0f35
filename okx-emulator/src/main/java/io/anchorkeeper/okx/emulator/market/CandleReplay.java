package io.anchorkeeper.okx.emulator.market;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays a CSV of candles: the first close is the starting price, each step moves the mark to the
 * next row's close, and the price stays at the last close when the file is used up. Rows are {@code
 * ts,open,high,low,close[,...]}, oldest first (or newest first, as OKX returns them: the file is
 * sorted by ts); a header line is skipped.
 */
public final class CandleReplay implements PriceSource {

  private final List<BigDecimal> closes;
  private int next = 1;

  public CandleReplay(List<BigDecimal> closes) {
    if (closes.isEmpty()) {
      throw new IllegalArgumentException("a replay needs at least one candle");
    }
    this.closes = List.copyOf(closes);
  }

  /** Reads the closes of a candle CSV file. */
  public static CandleReplay fromCsv(Path file) {
    try {
      return new CandleReplay(closes(Files.readAllLines(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<BigDecimal> closes(List<String> lines) {
    List<long[]> order = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    for (String line : lines) {
      String[] cells = line.replace("\"", "").split("[,;\\s]+");
      if (cells.length < 5 || !cells[0].strip().matches("\\d+")) {
        continue;
      }
      order.add(new long[] {Long.parseLong(cells[0].strip()), values.size()});
      values.add(new BigDecimal(cells[4].strip()));
    }
    order.sort((a, b) -> Long.compare(a[0], b[0]));
    return order.stream().map(o -> values.get((int) o[1])).toList();
  }

  /** The first close: the starting price. */
  public BigDecimal first() {
    return closes.get(0);
  }

  @Override
  public synchronized BigDecimal next(BigDecimal current) {
    if (next >= closes.size()) {
      return current;
    }
    return closes.get(next++);
  }
}
