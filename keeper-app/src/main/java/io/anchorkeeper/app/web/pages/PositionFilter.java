package io.anchorkeeper.app.web.pages;

import io.anchorkeeper.app.api.PositionDto;
import io.anchorkeeper.app.engine.SlotStatus;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the position tables are filtered (by account and instrument, exactly) and sorted (by one
 * column, ascending or descending; slots without a figure last either way, then by slot).
 */
public record PositionFilter(
    Optional<String> account, Optional<String> instrument, String sort, boolean descending) {

  private static final Comparator<PositionDto> BY_SLOT =
      Comparator.comparing(PositionDto::accountName)
          .thenComparing(PositionDto::instId)
          .thenComparing(PositionDto::posSide);

  /** Each sortable column: its order, ascending ({@code false}) or descending. */
  private static final Map<String, Function<Boolean, Comparator<PositionDto>>> COLUMNS =
      new LinkedHashMap<>();

  static {
    COLUMNS.put("account", column(PositionDto::accountName));
    COLUMNS.put("inst", column(PositionDto::instId));
    COLUMNS.put("side", column(PositionDto::posSide));
    COLUMNS.put("size", column(PositionDto::posSize));
    COLUMNS.put("margin", column(PositionDto::margin));
    COLUMNS.put("profit", column(PositionDto::profitRate));
    COLUMNS.put("leverage", column(p -> new BigDecimal(p.leverage())));
    COLUMNS.put("liq", column(PositionDto::liqPrice));
    COLUMNS.put("count", column(PositionDto::maintenanceCount));
    COLUMNS.put(
        "status", column(p -> SlotStatus.valueOf(p.status().toUpperCase(Locale.ROOT)).ordinal()));
  }

  private static <T extends Comparable<? super T>>
      Function<Boolean, Comparator<PositionDto>> column(Function<PositionDto, T> key) {
    return descending ->
        Comparator.comparing(
            key,
            Comparator.nullsLast(
                descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder()));
  }

  public PositionFilter {
    Objects.requireNonNull(account, "account must not be null");
    Objects.requireNonNull(instrument, "instrument must not be null");
    if (!COLUMNS.containsKey(sort)) {
      throw new IllegalArgumentException(
          "sort must be one of " + String.join(", ", COLUMNS.keySet()) + ", was '" + sort + "'");
    }
  }

  /** From request parameters; blank means "any", and no sort means by slot. */
  public static PositionFilter of(String account, String instrument, String sort, String dir) {
    return new PositionFilter(
        blankToEmpty(account),
        blankToEmpty(instrument),
        blankToEmpty(sort).orElse("account"),
        "desc".equals(dir));
  }

  public boolean matches(PositionDto position) {
    return account.map(position.accountName()::equals).orElse(true)
        && instrument.map(position.instId()::equals).orElse(true);
  }

  public Comparator<PositionDto> comparator() {
    return COLUMNS.get(sort).apply(descending).thenComparing(BY_SLOT);
  }

  /** The direction a click on {@code column}'s header asks for. */
  public String directionFor(String column) {
    return column.equals(sort) && !descending ? "desc" : "asc";
  }

  /** {@code ▲} or {@code ▼} on the sorted column, nothing on the others. */
  public String arrowFor(String column) {
    if (!column.equals(sort)) {
      return "";
    }
    return descending ? "▼" : "▲";
  }

  /** The query string of this filter, e.g. {@code account=sub01&sort=profit&dir=desc}. */
  public String query() {
    return query(sort, descending ? "desc" : "asc");
  }

  /** The query string a click on {@code column}'s header asks for. */
  public String queryFor(String column) {
    return query(column, directionFor(column));
  }

  private String query(String column, String direction) {
    StringBuilder query = new StringBuilder();
    account.ifPresent(a -> query.append("account=").append(encode(a)).append('&'));
    instrument.ifPresent(i -> query.append("inst=").append(encode(i)).append('&'));
    return query
        .append("sort=")
        .append(encode(column))
        .append("&dir=")
        .append(direction)
        .toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Optional<String> blankToEmpty(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}
