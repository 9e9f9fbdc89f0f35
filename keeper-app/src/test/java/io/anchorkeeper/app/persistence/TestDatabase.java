package io.anchorkeeper.app.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh database for one test run, migrated with the application's Flyway scripts: an in-memory
 * H2, or a new database on a PostgreSQL server that is dropped again on {@link #close()}.
 */
public abstract class TestDatabase implements AutoCloseable {

  /** The tables in an order that deletes children before parents. */
  private static final List<String> TABLES =
      List.of(
          "journal_entries",
          "report_orders",
          "margin_adjustments",
          "procedure_reports",
          "procedures",
          "slots",
          "alerts",
          "settings_history",
          "account_leases");

  private final String kind;
  private final HikariDataSource dataSource;

  private TestDatabase(String kind, String jdbcUrl, String user, String password) {
    this.kind = kind;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(8);
    config.setPoolName("test-" + kind);
    this.dataSource = new HikariDataSource(config);
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  public static TestDatabase h2() {
    return new H2();
  }

  /** A new database on the PostgreSQL server of {@link PostgresServer}. */
  public static TestDatabase postgres() {
    String name = PostgresServer.createDatabase(uniqueName());
    try {
      return new Postgres(name);
    } catch (RuntimeException e) {
      PostgresServer.dropDatabase(name);
      throw e;
    }
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Empties every table and resets the global settings, as a test expects to find them. */
  public void clean() {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("update slots set running_procedure_id = null").update();
    for (String table : TABLES) {
      jdbc.sql("delete from " + table).update();
    }
    jdbc.sql("update settings set overrides = '{}'").update();
  }

  @Override
  public void close() {
    dataSource.close();
  }

  static String uniqueName() {
    return "keeper_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  private static final class H2 extends TestDatabase {

    H2() {
      super("h2", "jdbc:h2:mem:" + uniqueName() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Override
    public void close() {
      JdbcClient.create(dataSource()).sql("shutdown").update();
      super.close();
    }
  }

  private static final class Postgres extends TestDatabase {

    private final String name;

    Postgres(String name) {
      super("postgres", PostgresServer.urlOf(name), PostgresServer.user(), "");
      this.name = name;
    }

    @Override
    public void close() {
      super.close();
      PostgresServer.dropDatabase(name);
    }
  }

  @Override
  public String toString() {
    return kind.toUpperCase(Locale.ROOT);
  }
}
