package io.anchorkeeper.app.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server the repository tests use: {@code 127.0.0.1:5432} with trust authentication
 * as user {@code postgres} unless {@code KEEPER_TEST_PG_URL} (a JDBC URL of an existing database to
 * connect to, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres}) and {@code
 * KEEPER_TEST_PG_USER} say otherwise. Each run creates its own database and drops it afterwards.
 */
public final class PostgresServer {

  private static final String ADMIN_URL =
      env("KEEPER_TEST_PG_URL").orElse("jdbc:postgresql://127.0.0.1:5432/postgres");
  private static final String USER = env("KEEPER_TEST_PG_USER").orElse("postgres");
  private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,63}");

  private PostgresServer() {}

  /** True when the server accepts a connection within a few seconds. */
  public static boolean answers() {
    try (Connection connection = admin()) {
      return connection.isValid(3);
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * True when CI asks for the PostgreSQL variants to fail instead of being skipped ({@code
   * KEEPER_TEST_REQUIRE_POSTGRES=true}).
   */
  public static boolean required() {
    return env("KEEPER_TEST_REQUIRE_POSTGRES").map(Boolean::parseBoolean).orElse(false);
  }

  public static String describe() {
    return ADMIN_URL + " as " + USER;
  }

  static String user() {
    return USER;
  }

  static String urlOf(String database) {
    int slash = ADMIN_URL.lastIndexOf('/');
    int query = ADMIN_URL.indexOf('?', slash);
    return ADMIN_URL.substring(0, slash + 1)
        + database
        + (query < 0 ? "" : ADMIN_URL.substring(query));
  }

  static String createDatabase(String name) {
    execute("create database " + checked(name));
    return name;
  }

  static void dropDatabase(String name) {
    execute("drop database if exists " + checked(name) + " with (force)");
  }

  private static String checked(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a test database name: " + name);
    }
    return name;
  }

  private static void execute(String sql) {
    try (Connection connection = admin();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on " + describe() + ": " + e.getMessage(), e);
    }
  }

  private static Connection admin() throws SQLException {
    DriverManager.setLoginTimeout(3);
    return DriverManager.getConnection(ADMIN_URL, USER, "");
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }
}
