package io.anchorkeeper.core.instrument;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A perpetual swap's identifier, such as {@code BTC-USDT-SWAP}: base, quote and type separated by
 * hyphens, upper-case letters and digits only.
 */
public record InstrumentId(String value) implements Comparable<InstrumentId> {

  private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{1,20}-[A-Z0-9]{1,10}-SWAP");

  public InstrumentId {
    Objects.requireNonNull(value, "instrument id must not be null");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "instrument id must look like BTC-USDT-SWAP, was '" + value + "'");
    }
  }

  public static InstrumentId of(String value) {
    return new InstrumentId(value);
  }

  /** The instrument family, e.g. {@code BTC-USDT}, by which position tiers are published. */
  public String family() {
    return value.substring(0, value.lastIndexOf('-'));
  }

  /** The base currency, e.g. {@code BTC}. */
  public String baseCurrency() {
    return value.substring(0, value.indexOf('-'));
  }

  /** The quote (settlement) currency, e.g. {@code USDT}. */
  public String quoteCurrency() {
    return family().substring(value.indexOf('-') + 1);
  }

  @Override
  public int compareTo(InstrumentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
