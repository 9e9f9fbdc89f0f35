package io.anchorkeeper.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Instants in {@code timestamp with time zone} columns: UTC, to the microsecond, as the persistence
 * package stores them, so H2 and PostgreSQL keep the same value.
 */
final class DbTime {

  private DbTime() {}

  static OffsetDateTime column(Instant instant) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  static Optional<Instant> read(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }
}
