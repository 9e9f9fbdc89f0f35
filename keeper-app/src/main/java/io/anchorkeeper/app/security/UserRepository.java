package io.anchorkeeper.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code users} table: the owner's username and password hash. The hash is written as the
 * password encoder made it; nothing here ever sees a clear password.
 */
public final class UserRepository {

  /** A row of {@code users}; {@code toString} leaves the hash out. */
  public record StoredUser(long id, String username, String passwordHash) {
    @Override
    public String toString() {
      return "StoredUser[id=" + id + ", username=" + username + "]";
    }
  }

  private static final String COLUMNS = "select id, username, password_hash from users";

  private final JdbcClient jdbc;
  private final Clock clock;

  public UserRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  public Optional<StoredUser> findByUsername(String username) {
    return jdbc.sql(COLUMNS + " where username = :username")
        .param("username", username)
        .query(UserRepository::row)
        .optional();
  }

  public Optional<StoredUser> owner() {
    return jdbc.sql(COLUMNS + " where role = 'OWNER'").query(UserRepository::row).optional();
  }

  /**
   * Inserts the owner.
   *
   * @throws org.springframework.dao.DuplicateKeyException when an owner exists already
   */
  public void createOwner(String username, String passwordHash) {
    jdbc.sql(
            "insert into users (username, password_hash, role, created_at, updated_at)"
                + " values (:username, :hash, 'OWNER', :now, :now)")
        .param("username", username)
        .param("hash", passwordHash)
        .param("now", DbTime.column(clock.instant()))
        .update();
  }

  /** Gives the user a new username and password hash. */
  public void update(long id, String username, String passwordHash) {
    jdbc.sql(
            "update users set username = :username, password_hash = :hash, updated_at = :now"
                + " where id = :id")
        .param("username", username)
        .param("hash", passwordHash)
        .param("now", DbTime.column(clock.instant()))
        .param("id", id)
        .update();
  }

  private static StoredUser row(ResultSet row, int number) throws SQLException {
    return new StoredUser(
        row.getLong("id"), row.getString("username"), row.getString("password_hash"));
  }
}
