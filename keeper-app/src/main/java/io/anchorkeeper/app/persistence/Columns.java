package io.anchorkeeper.app.persistence;

import io.anchorkeeper.core.slot.SlotId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * How Java values become column values and back, in one place so every repository rounds and
 * converts alike.
 *
 * <ul>
 *   <li>Decimals go into {@code numeric(38,18)} rounded HALF_EVEN to 18 places, explicitly, so H2
 *       and PostgreSQL store the same digits (values with more places, such as a fee rate from a
 *       division, lose only what lies beyond the 18th). JSON columns keep full precision.
 *   <li>Instants go into {@code timestamp with time zone} as UTC, truncated to the microsecond, the
 *       precision both databases keep.
 *   <li>A slot key is the three columns {@code account, inst_id, pos_side}; the side is stored as
 *       OKX writes it ({@code long}, {@code short}).
 * </ul>
 */
final class Columns {

  /** The scale of every numeric column. */
  static final int DECIMAL_SCALE = 18;

  /** Matches a slot's row by its key; bind it with {@link #slotKey(SlotId)}. */
  static final String SLOT_KEY = "account = :account and inst_id = :instId and pos_side = :posSide";

  private Columns() {}

  static BigDecimal decimal(BigDecimal value) {
    return value.setScale(DECIMAL_SCALE, RoundingMode.HALF_EVEN);
  }

  /** A nullable numeric parameter, typed so both drivers bind a null correctly. */
  static SqlParameterValue decimal(Optional<BigDecimal> value) {
    return new SqlParameterValue(Types.NUMERIC, value.map(Columns::decimal).orElse(null));
  }

  /** A nullable text parameter, typed so both drivers bind a null correctly. */
  static SqlParameterValue text(Optional<String> value) {
    return new SqlParameterValue(Types.VARCHAR, value.orElse(null));
  }

  static OffsetDateTime timestamp(Instant instant) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    return optionalInstant(row, column)
        .orElseThrow(() -> new IllegalStateException(column + " must not be null"));
  }

  static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }

  static Optional<BigDecimal> optionalDecimal(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getBigDecimal(column));
  }

  static Optional<String> optionalText(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getString(column));
  }

  /**
   * The named parameters {@code account}, {@code instId} and {@code posSide} of {@link #SLOT_KEY}.
   */
  static Map<String, Object> slotKey(SlotId slot) {
    return Map.of(
        "account", slot.account().value(),
        "instId", slot.instrument().value(),
        "posSide", slot.side().code());
  }

  /** The slot in the row's {@code account, inst_id, pos_side}. */
  static SlotId slot(ResultSet row) throws SQLException {
    return SlotId.of(row.getString("account"), row.getString("inst_id"), row.getString("pos_side"));
  }

  /** The slot in the row's key columns, absent when they are null. */
  static Optional<SlotId> optionalSlot(ResultSet row) throws SQLException {
    return row.getString("account") == null ? Optional.empty() : Optional.of(slot(row));
  }
}
